// QAbstractItemModelTester on the table models not covered elsewhere (the batch results and the
// audit log), plus their totals and labels.
#include "models/auditlogmodel.h"
#include "models/batchrunner.h"
#include "models/recordtablemodel.h"
#include "ops/batchwrites.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void batchResults();
    void auditLog();
    void recordColumnsMaskByField();
};

void TestModels::batchResults()
{
    BatchRunner runner(BatchWrites::transfer(Writer(), FundsWrites::Kind::Allocate));
    QAbstractItemModelTester tester(&runner,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<BatchRunner::Item> items;
    for (int i = 0; i < 3; ++i)
        items.append({QStringLiteral("c%1").arg(i), QStringLiteral("张*"),
                      *Decimal::parse(u"100.10"), QString()});
    runner.setItems(items);
    QCOMPARE(runner.rowCount(), 3);
    QCOMPARE(runner.total(), *Decimal::parse(u"300.30"));
    QCOMPARE(runner.count(BatchRunner::State::Pending), 3);
    QCOMPARE(runner.data(runner.index(0, BatchRunner::Status)).toString(),
             BatchRunner::stateLabel(BatchRunner::State::Pending));
    runner.cancel(); // nothing running: every pending item is cancelled at once
    QCOMPARE(runner.count(BatchRunner::State::Cancelled), 3);
}

void TestModels::auditLog()
{
    QTemporaryDir dir;
    // Created private whatever the umask: the folder 0700, the file 0600.
    const QString file = dir.filePath(QStringLiteral("new/audit.sqlite"));
    AuditLog log(file);
    QVERIFY2(log.isOpen(), qPrintable(log.lastError()));
    const auto groupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                              QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QFile::Permissions filePerms = QFileInfo(file).permissions();
    const QFile::Permissions dirPerms =
        QFileInfo(dir.filePath(QStringLiteral("new"))).permissions();
    QVERIFY(!(filePerms & groupOrOther));
    QVERIFY(!(dirPerms & groupOrOther));
    QVERIFY(filePerms.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(dirPerms.testFlags(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    AuditLog::Entry e;
    e.action = QStringLiteral("allocate");
    e.target = QStringLiteral("cust-1");
    e.amount = *Decimal::parse(u"12.34");
    e.currency = QStringLiteral("CNY");
    e.result = QStringLiteral("done");
    QVERIFY(log.record(e));
    e.action = QStringLiteral("reveal");
    e.amount = Decimal::invalid();
    QVERIFY(log.record(e));
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(log.entries({}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, AuditLogModel::Action)).toString(),
             AuditLogModel::actionLabel(QStringLiteral("reveal"))); // newest first
    QCOMPARE(
        model.data(model.index(1, AuditLogModel::Amount), MaskedTableModel::ExportRole).toString(),
        QStringLiteral("12.34"));
    QCOMPARE(log.entries({QStringLiteral("allocate"), {}, {}, {}, 10}).size(), 1);
    QCOMPARE(log.entries({QString(), QStringLiteral("cust-1"), {}, {}, 10}).size(), 2);
}

// A record column is masked by default exactly when Masking::kindOfField says its field is
// personal: the page cannot mask a field the offline cache would store in clear, or forget one.
void TestModels::recordColumnsMaskByField()
{
    const char *const fields[] = {"agreement_id",  "principal",    "agent",        "status",
                                  "customer_name", "account_name", "mobile_phone", "email"};
    QList<RecordTableModel::Column> columns;
    for (const char *f : fields)
        columns.append({f, [f] { return QString::fromLatin1(f); }});
    RecordTableModel model(columns);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QJsonObject rec;
    for (const char *f : fields)
        rec.insert(QLatin1String(f), QStringLiteral("杭州云帆科技有限公司"));
    model.setRecords({rec});
    for (int c = 0; c < model.columnCount(); ++c) {
        const QString field = QString::fromLatin1(fields[c]);
        const Masking::Kind kind = Masking::kindOfField(field);
        QCOMPARE(model.isMaskable(c), kind != Masking::Kind::None);
        QCOMPARE(model.headerData(c, Qt::Horizontal, MaskedTableModel::MaskKindRole).toInt(),
                 int(kind));
        const QString shown = model.data(model.index(0, c)).toString();
        QCOMPARE(shown, Masking::mask(QStringLiteral("杭州云帆科技有限公司"), kind));
    }
    QVERIFY(model.isMaskable(1) && model.isMaskable(2)); // the agreement's parties
    QVERIFY(!model.isMaskable(0) && !model.isMaskable(3));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
