#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

class CustomerModel;

// Keeps a CustomerModel's list in the local cache (CustomerStore) without touching the disk on
// the calling thread: restore() loads the saved list on a worker and hands it to the model, save()
// writes a snapshot of the model (free to take: the columns are implicitly shared) on a worker.
// A start-up with a saved list shows it at once, masked, while the refresh runs.
class CustomerSnapshot : public QObject
{
    Q_OBJECT
public:
    explicit CustomerSnapshot(CustomerModel *model, QObject *parent = nullptr);

    // The offline cache file the list lives next to, and whose list it is (the domain ID). An
    // empty file turns saving and restoring off.
    void setTarget(const QString &offlineCacheFile, const QByteArray &owner);
    // True when a saved list exists for the target (one stat of a file).
    bool canRestore() const;
    // Loads the saved list into the model when the model is still empty, then calls `then` on
    // this thread, whether a list was restored or not.
    void restore(std::function<void()> then);
    bool isRestoring() const { return m_restoring; }
    void save();
    // Save time of the list on screen while it came from the cache; invalid otherwise.
    QDateTime restoredFrom() const { return m_restoredFrom; }
    void forgetRestored() { m_restoredFrom = QDateTime(); }

signals:
    void restored(int rows);
    void saved(bool ok);

private:
    QString file() const;

    CustomerModel *m_model;
    QString m_cacheFile;
    QByteArray m_owner;
    QDateTime m_restoredFrom;
    bool m_restoring = false;
    bool m_saving = false;
    bool m_saveAgain = false;
};
