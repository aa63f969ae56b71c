"""Database connector for django-dbbackup's SQLite backups.

django-dbbackup backs SQLite up with the online backup API (consistent while the
site runs) but restores by writing the dump over the database file. With WAL mode a
`-wal` file of the old database can stay next to the new file and be replayed into
it. This connector restores through the same backup API, page by page into the
open database, so SQLite itself keeps the file, its journal and its locks
consistent.
"""

import sqlite3
from shutil import copyfileobj
from tempfile import NamedTemporaryFile

from dbbackup.db.sqlite import SqliteBackupConnector


class SqliteOnlineConnector(SqliteBackupConnector):
    def restore_dump(self, dump):
        with NamedTemporaryFile(suffix=".sqlite3") as copy:
            copyfileobj(dump, copy)
            copy.flush()
            self.connection.ensure_connection()
            source = sqlite3.connect(copy.name, timeout=30)
            try:
                source.backup(self.connection.connection)
            finally:
                source.close()
