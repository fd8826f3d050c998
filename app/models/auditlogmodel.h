#pragma once

#include "core/auditlog.h"
#include "models/maskedtablemodel.h"

// The audit log as a table (newest first), for the viewer and its export.
class AuditLogModel : public MaskedTableModel
{
    Q_OBJECT
public:
    enum Column {
        Time,
        Profile,
        Operator,
        Action,
        Target,
        Amount,
        Result,
        ErrorCode,
        RequestId,
        Detail,
        ColumnCount
    };

    explicit AuditLogModel(QObject *parent = nullptr) : MaskedTableModel(parent) {}
    void setEntries(const QList<AuditLog::Entry> &entries);
    // The audit log's codes in the UI language (the file keeps the codes).
    static QString actionLabel(const QString &action);
    static QString resultLabel(const QString &result);

protected:
    int countRows() const override { return int(m_entries.size()); }
    int countColumns() const override { return ColumnCount; }
    Masking::Kind maskKind(int) const override { return Masking::Kind::None; }
    QVariant rawValue(int row, int column) const override;
    QVariant exportValue(int row, int column) const override;
    QString columnTitle(int column) const override;
    bool isNumeric(int column) const override { return column == Amount; }

private:
    QList<AuditLog::Entry> m_entries;
};
