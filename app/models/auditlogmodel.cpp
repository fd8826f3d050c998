#include "models/auditlogmodel.h"

#include "core/money.h"

#include <QLocale>

void AuditLogModel::setEntries(const QList<AuditLog::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionLabel(const QString &action)
{
    if (action == u"allocate")
        return tr("Allocate");
    if (action == u"reclaim")
        return tr("Reclaim");
    if (action == u"reclaim-coupon")
        return tr("Reclaim coupon");
    if (action == u"unbind")
        return tr("Unbind");
    if (action == u"reveal")
        return tr("Reveal column");
    if (action == u"mask")
        return tr("Mask column");
    if (action == u"export")
        return tr("Export");
    return action;
}

QVariant AuditLogModel::rawValue(int row, int column) const
{
    const AuditLog::Entry &e = m_entries.at(row);
    switch (column) {
    case Time:
        return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
    case Profile:
        return e.profile;
    case Operator:
        return e.operatorLabel;
    case Action:
        return actionLabel(e.action);
    case Target:
        return e.target;
    case Amount:
        return e.amount.isValid() ? Money(e.amount, e.currency).format(QLocale()) : QString();
    case Result:
        return e.result;
    case ErrorCode:
        return e.errorCode;
    case RequestId:
        return e.requestId;
    case Detail:
        return e.detail;
    default:
        return {};
    }
}

QVariant AuditLogModel::exportValue(int row, int column) const
{
    const AuditLog::Entry &e = m_entries.at(row);
    if (column == Time)
        return e.time;
    if (column == Amount)
        return e.amount.isValid() ? e.amount.toString() : QString();
    return rawValue(row, column);
}

QString AuditLogModel::columnTitle(int column) const
{
    switch (column) {
    case Time:
        return tr("Time");
    case Profile:
        return tr("Profile");
    case Operator:
        return tr("Operator");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Amount:
        return tr("Amount");
    case Result:
        return tr("Result");
    case ErrorCode:
        return tr("Error code");
    case RequestId:
        return tr("Request ID");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}
