// The customer table model: structure (QAbstractItemModelTester), masking in data() for every
// role that can leave the model, raw values only for sorting, exact money order.
#include "models/customermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimeZone>

class TestCustomerModel : public QObject
{
    Q_OBJECT
private slots:
    void structure();
    void maskedByDefault();
    void revealOneColumn();
    void sortsOnRawValuesWithoutShowingThem();
    void moneyOrderIsExact();

private:
    static QList<Customer> sample();
};

QList<Customer> TestCustomerModel::sample()
{
    QList<Customer> list;
    const char *const names[] = {"张小明", "Acme Robotics Co., Ltd.", "北京云图科技有限公司"};
    for (int i = 0; i < 3; ++i) {
        Customer c;
        c.customerId = QStringLiteral("id-%1").arg(i);
        c.customerName = QString::fromUtf8(names[i]);
        c.accountName = QStringLiteral("account_%1").arg(i);
        c.telephone = QStringLiteral("1380000567%1").arg(i);
        c.email = QStringLiteral("user%1@example.com").arg(i);
        c.accountManager = QStringLiteral("sales_li");
        c.associationType = i == 1 ? QStringLiteral("1") : QStringLiteral("2");
        c.associatedOn = QDateTime(QDate(2025, 1, 1 + i), QTime(8, 0), QTimeZone::utc());
        list.append(c);
    }
    return list;
}

void TestCustomerModel::structure()
{
    CustomerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(sample());
    model.append(sample()); // same ids: updated in place, not duplicated
    QCOMPARE(model.rowCount(), 3);
    model.setBalance(QStringLiteral("id-0"), *Decimal::parse(u"12.50"), Decimal::fromInt(0));
    model.setRevealed(CustomerModel::Name, true);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCustomerModel::maskedByDefault()
{
    CustomerModel model;
    model.append(sample());
    const QModelIndex name = model.index(0, CustomerModel::Name);
    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole)}) {
        const QString shown = model.data(name, role).toString();
        QVERIFY2(!shown.contains(u"小明"), qPrintable(shown));
        QVERIFY(shown.startsWith(u"张"));
    }
    QCOMPARE(model.data(model.index(0, CustomerModel::Phone)).toString(),
             QStringLiteral("138****5670"));
    QCOMPARE(model.data(model.index(0, CustomerModel::Email)).toString(),
             QStringLiteral("u***@example.com"));
    QVERIFY(!model.data(model.index(0, CustomerModel::Account)).toString().contains(u"account_0"));
    // Not sensitive: shown as is.
    QCOMPARE(model.data(model.index(0, CustomerModel::CustomerId)).toString(),
             QStringLiteral("id-0"));
    QCOMPARE(model.headerData(CustomerModel::Name, Qt::Horizontal, MaskedTableModel::MaskKindRole)
                 .toInt(),
             int(Masking::Kind::Name));
    QCOMPARE(
        model.headerData(CustomerModel::CustomerId, Qt::Horizontal, MaskedTableModel::MaskKindRole)
            .toInt(),
        int(Masking::Kind::None));
}

void TestCustomerModel::revealOneColumn()
{
    CustomerModel model;
    model.append(sample());
    QSignalSpy revealed(&model, &MaskedTableModel::revealedChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRevealed(CustomerModel::Name, true);
    QCOMPARE(revealed.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.data(model.index(0, CustomerModel::Name)).toString(), QStringLiteral("张小明"));
    QVERIFY(model.data(model.index(0, CustomerModel::Phone)).toString().contains(u"****"));
    model.setRevealed(CustomerModel::CustomerId, true); // not maskable: no-op
    QCOMPARE(revealed.size(), 1);
    model.setRevealed(CustomerModel::Name, false);
    QVERIFY(model.data(model.index(0, CustomerModel::Name)).toString().contains(u'*'));
}

void TestCustomerModel::sortsOnRawValuesWithoutShowingThem()
{
    CustomerModel model;
    model.append(sample());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(MaskedTableModel::SortRole);
    proxy.sort(CustomerModel::Name);
    // Sorted on the raw names (A < 北 < 张), while every cell still shows masked text.
    QCOMPARE(proxy.data(proxy.index(0, CustomerModel::CustomerId)).toString(),
             QStringLiteral("id-1"));
    for (int r = 0; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.data(proxy.index(r, CustomerModel::Name)).toString().contains(u'*'));
}

void TestCustomerModel::moneyOrderIsExact()
{
    CustomerModel model;
    model.append(sample());
    model.setBalance(QStringLiteral("id-0"), *Decimal::parse(u"100000000000.01"), Decimal());
    model.setBalance(QStringLiteral("id-1"), *Decimal::parse(u"100000000000.02"), Decimal());
    model.setBalance(QStringLiteral("id-2"), *Decimal::parse(u"-0.01"), Decimal());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(MaskedTableModel::SortRole);
    proxy.sort(CustomerModel::Balance, Qt::DescendingOrder);
    QCOMPARE(proxy.data(proxy.index(0, CustomerModel::CustomerId)).toString(),
             QStringLiteral("id-1"));
    QCOMPARE(proxy.data(proxy.index(2, CustomerModel::CustomerId)).toString(),
             QStringLiteral("id-2"));
    QCOMPARE(model.data(model.index(0, CustomerModel::Balance), Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

QTEST_GUILESS_MAIN(TestCustomerModel)
#include "tst_customermodel.moc"
