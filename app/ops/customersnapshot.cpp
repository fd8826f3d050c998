#include "ops/customersnapshot.h"

#include "models/customermodel.h"
#include "ops/customerstore.h"

#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

CustomerSnapshot::CustomerSnapshot(CustomerModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{}

void CustomerSnapshot::setTarget(const QString &offlineCacheFile, const QByteArray &owner)
{
    if (offlineCacheFile == m_cacheFile && owner == m_owner)
        return;
    m_cacheFile = offlineCacheFile;
    m_owner = owner;
    m_restoredFrom = QDateTime();
}

QString CustomerSnapshot::file() const
{
    return m_cacheFile.isEmpty() ? QString() : CustomerStore::fileFor(m_cacheFile, m_owner);
}

bool CustomerSnapshot::canRestore() const
{
    return !m_cacheFile.isEmpty() && QFileInfo::exists(file());
}

void CustomerSnapshot::restore(std::function<void()> then)
{
    if (!canRestore() || m_restoring) {
        then();
        return;
    }
    m_restoring = true;
    QPointer<CustomerSnapshot> self(this);
    QThreadPool::globalInstance()->start([self, then, path = file(), owner = m_owner]() mutable {
        auto snapshot = std::make_shared<CustomerStore::Snapshot>(CustomerStore::load(path, owner));
        QMetaObject::invokeMethod(
            qApp,
            [self, then, snapshot] {
                if (!self)
                    return;
                self->m_restoring = false;
                if (snapshot->ok && self->m_model->rowCount() == 0) {
                    self->m_restoredFrom = snapshot->savedAt;
                    self->m_model->adopt(std::move(snapshot->columns));
                    emit self->restored(self->m_model->rowCount());
                }
                then();
            },
            Qt::QueuedConnection);
    });
}

void CustomerSnapshot::save()
{
    if (m_cacheFile.isEmpty())
        return;
    m_restoredFrom = QDateTime();
    if (m_saving) { // one writer per file; the newest list is written after this one
        m_saveAgain = true;
        return;
    }
    m_saving = true;
    QPointer<CustomerSnapshot> self(this);
    QThreadPool::globalInstance()->start(
        [self, columns = m_model->columns(), path = file(), owner = m_owner] {
            QString problem;
            const bool ok = CustomerStore::save(path, columns, owner, &problem);
            QMetaObject::invokeMethod(
                qApp,
                [self, ok] {
                    if (!self)
                        return;
                    self->m_saving = false;
                    emit self->saved(ok);
                    if (self->m_saveAgain) {
                        self->m_saveAgain = false;
                        self->save();
                    }
                },
                Qt::QueuedConnection);
        });
}
