#pragma once

#include <QString>
#include <QStringList>

// The marketplace (云商店) settlement flow as the console documents it: phases
// 会签 → 发票审核 → 申付审核 → 付款, the status codes inside them, and how a bill moves on.
// Status codes are the sandbox API's (there is no public API for them); the client shows them
// through its status-label table, the sandbox moves bills along them.
class SettlementFlow
{
public:
    // PENDING_COUNTERSIGN → COUNTERSIGNING → AWAITING_INVOICE → INVOICE_REVIEW → PAY_REVIEW
    // → PAYING → PAID. Side states: PAY_REQUEST_FAILED (countersign), PAY_REQUEST_REJECTED
    // (payment review).
    static QStringList mainPath();
    static QStringList allStatuses(); // the main path, then the side states
    static bool isKnown(const QString &status);
    static QString phaseOf(const QString &status); // countersign, invoice_review, ...
    static QStringList phases(); // in order: countersign, invoice_review, payment_review, payment
    // The statuses a bill went through to reach `status` (inclusive), for the seeded history.
    static QStringList pathTo(const QString &status);
    // The next status when operations act (the sandbox's advance control); empty at PAID.
    // A failed or rejected request goes back to be redone.
    static QString next(const QString &status);
    static bool hasPayRequest(const QString &status);
};
