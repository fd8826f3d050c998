// QAbstractItemModelTester on the table models not covered elsewhere (the batch results and the
// audit log), plus their totals and labels.
#include "models/auditlogmodel.h"
#include "models/batchrunner.h"
#include "models/recordtablemodel.h"
#include "models/tableexporter.h"
#include "ops/batchwrites.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void batchResults();
    void auditLog();
    void recordColumnsMaskByField();
    void exportsWhatWasChosen();
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

// An export holds exactly what was chosen: a column revealed on screen but not ticked stays
// masked, amount headers name the currency, and the XLSX has its sheet name, frozen header,
// filter and column widths.
void TestModels::exportsWhatWasChosen()
{
    RecordTableModel model(
        {{"customer_name", [] { return QStringLiteral("客户名称"); }},
         {"amount", [] { return QStringLiteral("金额"); }, RecordTableModel::Kind::Money},
         {"days", [] { return QStringLiteral("天数"); }, RecordTableModel::Kind::Count}});
    model.setCurrency(QStringLiteral("CNY"));
    model.setRecords({QJsonObject{{QStringLiteral("customer_name"), QStringLiteral("杭州云图科技")},
                                  {QStringLiteral("amount"), QStringLiteral("1234.50")},
                                  {QStringLiteral("days"), 12}}});
    model.setRevealed(0, true); // shown in full on screen
    QTemporaryDir dir;
    TableExporter exporter(&model);
    QSignalSpy done(&exporter, &TableExporter::finished);
    TableExporter::Options o;
    o.file = dir.filePath(QStringLiteral("out.csv"));
    o.bom = false;
    exporter.start(o); // nothing ticked
    QVERIFY(done.wait(10000));
    QVERIFY(done.first().first().toBool());
    QFile csv(o.file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY2(!text.contains(QStringLiteral("杭州云图科技")), qPrintable(text));
    QVERIFY(text.startsWith(QStringLiteral("客户名称,金额 (CNY),天数\r\n")));
    o.unmask = {0};
    o.file = dir.filePath(QStringLiteral("full.csv"));
    exporter.start(o);
    QVERIFY(done.wait(10000));
    QFile full(o.file);
    QVERIFY(full.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(full.readAll()).contains(QStringLiteral("杭州云图科技")));

    o.format = TableExporter::Format::Xlsx;
    o.file = dir.filePath(QStringLiteral("out.xlsx"));
    o.sheetName = QStringLiteral("客户 [本月]");
    exporter.start(o);
    QVERIFY(done.wait(10000));
    QVERIFY(done.last().first().toBool());
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not here to read the XLSX package");
    auto part = [&](const char *name) {
        QProcess p;
        p.start(python, {QStringLiteral("-c"),
                         QStringLiteral("import sys,zipfile;sys.stdout.write(zipfile.ZipFile("
                                        "sys.argv[1]).read(sys.argv[2]).decode())"),
                         o.file, QString::fromLatin1(name)});
        p.waitForFinished(20000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString sheet = part("xl/worksheets/sheet1.xml");
    QVERIFY2(sheet.contains(QStringLiteral("state=\"frozen\"")), qPrintable(sheet));
    QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:C2\"")));
    QVERIFY(sheet.contains(QStringLiteral("<cols>")));
    QVERIFY(part("xl/workbook.xml").contains(QStringLiteral("name=\"客户 本月\"")));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
