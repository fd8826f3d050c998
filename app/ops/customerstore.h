#pragma once

#include "models/customercolumns.h"

#include <QDateTime>
#include <QString>

// The local cache of a customer list: a SQLite file next to the offline cache, holding the list
// in CustomerColumns chunks of 65,536 rows, so a million customers load with a few dozen reads
// and memcpys instead of a million row decodes. Like the offline cache it holds no clear-text
// personal data: names, accounts, phones and e-mails are masked before they are written.
// The collation ranks of the name column go along, so the first sort by name needs no keys.
// Saving writes a new file and renames it over the old one: a crash never leaves half a list.
// Both calls do file work and belong on a worker thread for anything but small lists.
class CustomerStore
{
public:
    struct Snapshot
    {
        bool ok = false;
        QString problem; // why nothing was loaded (missing, damaged, another account)
        CustomerColumns columns;
        QDateTime savedAt; // UTC
    };

    // "<offline cache file without .sqlite>-customers-<hash of owner>.sqlite"; `owner` tells
    // whose list it is (the account's domain ID), so another account's list is never shown.
    static QString fileFor(const QString &offlineCacheFile, const QByteArray &owner);
    // Writes the list, then removes the lists of other owners next to it (a sandbox has a new
    // owner on every start; one file per profile is kept).
    static bool save(const QString &file, const CustomerColumns &columns, const QByteArray &owner,
                     QString *problem);
    static Snapshot load(const QString &file, const QByteArray &owner);
    // Removes every saved list that belongs to this offline cache (Clear offline data).
    static void removeAll(const QString &offlineCacheFile);

    static constexpr int ChunkRows = 65536;
};
