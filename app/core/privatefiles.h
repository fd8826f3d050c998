#pragma once

#include <QString>

// Files that hold the user's data (the audit log, the offline cache) are the user's alone:
// folders 0700, files 0600, whatever the umask. On Windows and macOS the per-user data folders
// already are private; the permissions are set all the same where the file system has them.
class PrivateFiles
{
public:
    // Creates `dir` (and its parents) and makes `dir` itself 0700. False when it cannot exist.
    static bool makeDirectory(const QString &dir);
    // Creates `file` empty when missing, then makes it 0600 (SQLite's -wal and -shm files
    // next to it get the same mode from SQLite, which copies the database's).
    static bool touch(const QString &file);
};
