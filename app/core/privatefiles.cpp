#include "core/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

bool PrivateFiles::makeDirectory(const QString &dir)
{
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return false;
    return QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool PrivateFiles::touch(const QString &file)
{
    const QString parent = QFileInfo(file).absolutePath();
    if (!QFileInfo::exists(parent) && !makeDirectory(parent))
        return false;
    if (!QFileInfo::exists(file)) {
        QFile f(file);
        // NewOnly: never truncate a file another process created meanwhile.
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                    QFile::ReadOwner | QFile::WriteOwner) &&
            !QFileInfo::exists(file))
            return false;
    }
    return QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
}
