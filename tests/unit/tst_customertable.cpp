// The million-row path: CustomerColumns, CustomerFilterProxy and CustomerStore. The fast proxy
// must show exactly what a QSortFilterProxyModel with the same rules shows (same rows, same
// order) on random data, through typing, sorting, live updates and removals; masking must stay;
// the local cache must round-trip, refuse damage and hold no clear text.
#include "models/customercolumns.h"
#include "models/customerfilterproxy.h"
#include "models/customermodel.h"
#include "ops/customerstore.h"
#include "randomcustomers.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The rules the customer table had as a QSortFilterProxyModel, kept here as the reference.
class ReferenceProxy : public QSortFilterProxyModel
{
public:
    ReferenceProxy()
    {
        setSortRole(MaskedTableModel::SortRole);
        setSortLocaleAware(true);
    }
    QString search, type, manager, label;
    QDateTime from, to;
    Decimal below = Decimal::invalid();
    void apply() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const auto *model = static_cast<const CustomerModel *>(sourceModel());
        const Customer c = model->customer(row);
        if (!type.isEmpty() && c.associationType != type)
            return false;
        if (!manager.trimmed().isEmpty() &&
            !c.accountManager.contains(manager.trimmed(), Qt::CaseInsensitive))
            return false;
        if (!label.trimmed().isEmpty() && !c.label.contains(label.trimmed()))
            return false;
        if ((from.isValid() && c.associatedOn < from) || (to.isValid() && c.associatedOn > to))
            return false;
        if (below.isValid()) {
            const Decimal b = model->balance(row);
            if (!b.isValid() || !(b < below))
                return false;
        }
        const QString s = search.trimmed();
        if (s.isEmpty())
            return true;
        for (const QString *f :
             {&c.customerName, &c.accountName, &c.customerId, &c.label, &c.accountManager}) {
            if (f->contains(s, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

QList<int> rowsOf(const QAbstractProxyModel &proxy)
{
    QList<int> rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows.append(proxy.mapToSource(proxy.index(r, 0)).row());
    return rows;
}

void fill(CustomerModel &model, const RandomCustomers &data, int pageSize)
{
    for (int i = 0; i < data.customers.size(); i += pageSize)
        model.append(data.customers.mid(i, pageSize));
    for (int i = 0; i < data.customers.size(); ++i) {
        const QString &id = data.customers.at(i).customerId;
        model.setBalance(id, data.amounts.at(i)[0], data.amounts.at(i)[1]);
        model.setMonthSpend(id, data.amounts.at(i)[2]);
        model.setCouponBalance(id, data.amounts.at(i)[3]);
    }
}

} // namespace

class TestCustomerTable : public QObject
{
    Q_OBJECT
private slots:
    void columnsRoundTrip();
    void damagedChunksAreRefused();
    void sameRowsAndOrderAsTheReference();
    void liveUpdatesKeepTheOrder();
    void syncRemovesWhatDidNotComeBack();
    void packingElsewhereKeepsEveryRow();
    void expectedRowsAreNeverCopied();
    void maskingStaysAndSelectionSurvives();
    void storeRoundTripIsMaskedWithRanks();
    void storeRefusesOthersAndDamage();
    void fuzzSeedsAreValidChunks();
};

void TestCustomerTable::columnsRoundTrip()
{
    const RandomCustomers data = RandomCustomers::make(3000, 7);
    CustomerColumns columns;
    for (const Customer &c : data.customers)
        columns.append(c);
    columns.setAmount(5, CustomerColumns::Balance, *Decimal::parse(u"-12.3456"));
    QCOMPARE(columns.size(), 3000);
    for (int i : {0, 1, 1499, 2999}) {
        const Customer c = columns.customer(i);
        QCOMPARE(c.customerId, data.customers.at(i).customerId);
        QCOMPARE(c.customerName, data.customers.at(i).customerName);
        QCOMPARE(c.associatedOn, data.customers.at(i).associatedOn);
        QCOMPARE(columns.find(c.customerId), i);
    }
    QCOMPARE(columns.find(u"no-such-id"), -1);
    // Chunks of any split load back to the same rows, amounts and index.
    CustomerColumns loaded;
    for (int first = 0; first < 3000; first += 1024) {
        QString problem;
        QVERIFY2(loaded.appendChunk(columns.encodeChunk(first, qMin(1024, 3000 - first),
                                                        CustomerColumns::CustomerName, {}),
                                    &problem),
                 qPrintable(problem));
    }
    loaded.finishLoading();
    QCOMPARE(loaded.size(), 3000);
    QCOMPARE(loaded.amount(5, CustomerColumns::Balance).toString(), QStringLiteral("-12.3456"));
    QVERIFY(!loaded.amount(6, CustomerColumns::Balance).isValid());
    QCOMPARE(loaded.customer(2999).email, data.customers.at(2999).email);
    QCOMPARE(loaded.find(data.customers.at(1234).customerId), 1234);
    QCOMPARE(loaded.searchText(17), columns.searchText(17));
    // keepRows drops rows and renumbers the index.
    QList<bool> keep(3000, true);
    keep[0] = keep[10] = false;
    loaded.keepRows(keep);
    QCOMPARE(loaded.size(), 2998);
    QCOMPARE(loaded.find(data.customers.at(11).customerId), 9);
    QCOMPARE(loaded.find(data.customers.at(0).customerId), -1);
    // The text arena costs the text; the rest stays well under 250 bytes a row.
    QVERIFY(columns.fixedBytes() / columns.size() < 250);
}

void TestCustomerTable::damagedChunksAreRefused()
{
    const RandomCustomers data = RandomCustomers::make(50, 3);
    CustomerColumns columns;
    for (const Customer &c : data.customers)
        columns.append(c);
    const QByteArray good = columns.encodeChunk(0, 50, CustomerColumns::CustomerName, {});
    QList<QByteArray> bad = {QByteArray(), good.left(3), good.left(good.size() / 2), good + "x",
                             QByteArray(good).replace(0, 4, "XXXX")};
    QByteArray lengths = good; // the first record's length claims more than there is
    lengths[4 * 5 + 1] = char(0xff);
    bad.append(lengths);
    // Found by fuzz_customerchunk: an ID that is not UTF-8 could never be found again.
    QByteArray notUtf8 = good;
    const qsizetype firstRecord = 4 * 5 + 1 + 4 * 50;
    QCOMPARE(notUtf8.at(firstRecord + 1), data.customers.first().customerId.at(0).toLatin1());
    notUtf8[firstRecord + 1] = char(0xff);
    bad.append(notUtf8);
    // Also found by it: a count far beyond the chunk must fail before anything is allocated.
    QByteArray hugeCount = good;
    hugeCount[8] = char(0xff);
    hugeCount[9] = char(0xff);
    hugeCount[10] = char(0xff);
    bad.append(hugeCount);
    for (const QByteArray &chunk : std::as_const(bad)) {
        CustomerColumns target;
        target.append(data.customers.first());
        QString problem;
        QVERIFY(!target.appendChunk(chunk, &problem));
        QVERIFY(!problem.isEmpty());
        QCOMPARE(target.size(), 1); // nothing half-appended
    }
}

void TestCustomerTable::sameRowsAndOrderAsTheReference()
{
    const RandomCustomers data = RandomCustomers::make(4000, 42);
    CustomerModel model;
    fill(model, data, 500);
    CustomerFilterProxy fast;
    fast.setSourceModel(&model);
    ReferenceProxy reference;
    reference.setSourceModel(&model);
    auto same = [&](const char *step) {
        if (rowsOf(fast) != rowsOf(reference))
            QFAIL(qPrintable(QStringLiteral("%1: %2 rows vs %3")
                                 .arg(QLatin1String(step))
                                 .arg(fast.rowCount())
                                 .arg(reference.rowCount())));
    };
    // After a filter change QSortFilterProxyModel puts rows that come back somewhere among the
    // rows they tie with (its order then depends on history); the fast proxy keeps ties in the
    // order before the sort. So filtered views are compared as the same rows in the same
    // order of sort keys; tie order itself is compared exactly in the sorting steps.
    auto sameModuloTies = [&](const char *step) {
        QList<int> a = rowsOf(fast), b = rowsOf(reference);
        QList<QVariant> ka, kb;
        for (int r : std::as_const(a))
            ka.append(model.index(r, fast.sortColumn()).data(MaskedTableModel::SortRole));
        for (int r : std::as_const(b))
            kb.append(model.index(r, fast.sortColumn()).data(MaskedTableModel::SortRole));
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        if (a != b || ka != kb)
            QFAIL(qPrintable(QStringLiteral("%1: %2 rows vs %3")
                                 .arg(QLatin1String(step))
                                 .arg(fast.rowCount())
                                 .arg(reference.rowCount())));
    };
    same("unsorted");
    for (int column = 0; column < CustomerModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            fast.sort(column, order);
            reference.sort(column, order);
            same(qPrintable(QStringLiteral("sort %1/%2").arg(column).arg(int(order))));
        }
    }
    fast.sort(CustomerModel::Name);
    reference.sort(CustomerModel::Name);
    // Typing, one keystroke at a time, with backspaces; Chinese, mixed case, no match.
    const QStringList typed = {
        QStringLiteral("a"),      QStringLiteral("ac"),        QStringLiteral("ACM"),
        QStringLiteral("acme"),   QStringLiteral("acm"),       QStringLiteral(""),
        QStringLiteral("张"),     QStringLiteral("张伟"),      QStringLiteral("科技"),
        QStringLiteral(" vip "),  QStringLiteral("élan"),      QStringLiteral("STRASSE"),
        QStringLiteral("straße"), QStringLiteral("zzzz-none"), QStringLiteral("0000")};
    for (const QString &t : typed) {
        fast.setSearch(t);
        reference.search = t;
        reference.apply();
        sameModuloTies(qPrintable(QStringLiteral("search '%1'").arg(t)));
    }
    fast.setSearch(QStringLiteral("a"));
    reference.search = QStringLiteral("a");
    fast.setAssociationType(QStringLiteral("2"));
    reference.type = QStringLiteral("2");
    fast.setAccountManager(QStringLiteral("SALES"));
    reference.manager = QStringLiteral("SALES");
    reference.apply();
    sameModuloTies("search, type, manager");
    fast.setLabel(QStringLiteral("vip"));
    reference.label = QStringLiteral("vip");
    const QDateTime from(QDate(2022, 3, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2024, 6, 30), QTime(23, 59), Qt::UTC);
    fast.setAssociatedRange(from, to);
    reference.from = from;
    reference.to = to;
    fast.setBalanceBelow(*Decimal::parse(u"1000"));
    reference.below = *Decimal::parse(u"1000");
    reference.apply();
    sameModuloTies("every criterion");
    fast.sort(CustomerModel::Balance, Qt::DescendingOrder);
    reference.sort(CustomerModel::Balance, Qt::DescendingOrder);
    same("every criterion, by balance");
    fast.setAccountManager({});
    fast.setLabel({});
    fast.setAssociatedRange({}, {});
    fast.setBalanceBelow(Decimal::invalid());
    fast.setAssociationType({});
    reference.manager = reference.label = reference.type = QString();
    reference.from = reference.to = QDateTime();
    reference.below = Decimal::invalid();
    reference.apply();
    sameModuloTies("criteria cleared");
}

void TestCustomerTable::liveUpdatesKeepTheOrder()
{
    // Rows arriving page by page and amounts changing one by one while sorted and filtered.
    const RandomCustomers data = RandomCustomers::make(250, 9); // small: the tester checks a lot
    CustomerModel model;
    CustomerFilterProxy fast;
    QAbstractItemModelTester tester(&fast, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fast.setSourceModel(&model);
    ReferenceProxy reference;
    reference.setSourceModel(&model);
    reference.setDynamicSortFilter(true);
    for (int column : {int(CustomerModel::Balance), int(CustomerModel::Name)}) {
        model.clear();
        fast.sort(column, Qt::DescendingOrder);
        reference.sort(column, Qt::DescendingOrder);
        fast.setSearch(QStringLiteral("a"));
        reference.search = QStringLiteral("a");
        reference.apply();
        fill(model, data, 50);
        // The reference re-sorts from scratch (ties in model order); the fast proxy placed each
        // row as it came and moved it as its amounts arrived.
        reference.invalidate();
        QCOMPARE(rowsOf(fast), rowsOf(reference));
        // A refetched page with changed names, then new balances.
        QList<Customer> changed = data.customers.mid(100, 50);
        for (Customer &c : changed)
            c.customerName = c.customerName.toUpper() + QStringLiteral(" A");
        model.append(changed);
        for (int i = 0; i < 250; i += 7)
            model.setBalance(data.customers.at(i).customerId, Decimal::fromInt(i - 150),
                             Decimal::fromInt(0));
        reference.invalidate();
        QCOMPARE(rowsOf(fast), rowsOf(reference));
        fast.setSearch({});
    }
}

void TestCustomerTable::syncRemovesWhatDidNotComeBack()
{
    const RandomCustomers data = RandomCustomers::make(600, 5);
    CustomerModel model;
    fill(model, data, 100);
    CustomerFilterProxy fast;
    QAbstractItemModelTester tester(&fast, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fast.setSourceModel(&model);
    fast.sort(CustomerModel::Name);
    QItemSelectionModel selection(&fast);
    const QString kept = data.customers.at(400).customerId;
    selection.select(fast.mapFromSource(model.index(400, 0)),
                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // A refresh that returns every customer but a few scattered ones.
    model.beginSync();
    QList<Customer> back;
    for (int i = 0; i < data.customers.size(); ++i) {
        if (i % 97 != 3)
            back.append(data.customers.at(i));
    }
    for (int i = 0; i < back.size(); i += 100)
        model.append(back.mid(i, 100));
    QCOMPARE(model.rowCount(), 600); // nothing removed while the refresh runs
    model.endSync(true);
    QCOMPARE(model.rowCount(), int(back.size()));
    QCOMPARE(fast.rowCount(), int(back.size()));
    QVERIFY(model.columns().needsCompact()); // packed on a worker, then installed
    QTRY_VERIFY(!model.columns().needsCompact());
    QVERIFY(model.columns().isSearchContiguous());
    QCOMPARE(model.rowOf(data.customers.at(4).customerId), 3);
    QCOMPARE(model.customer(3).customerName, data.customers.at(4).customerName);
    QCOMPARE(model.rowOf(data.customers.at(3).customerId), -1);
    const QModelIndexList selected = selection.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(model.customer(fast.mapToSource(selected.first()).row()).customerId, kept);
    // An incomplete refresh removes nothing.
    model.beginSync();
    model.append(back.mid(0, 10));
    model.endSync(false);
    QCOMPARE(model.rowCount(), int(back.size()));
}

void TestCustomerTable::packingElsewhereKeepsEveryRow()
{
    const RandomCustomers data = RandomCustomers::make(2000, 11);
    CustomerColumns columns;
    for (const Customer &c : data.customers)
        columns.append(c);
    columns.setAmount(7, CustomerColumns::Debt, *Decimal::parse(u"3.5"));
    const QCollator collator{QLocale(QLocale::English)};
    columns.ranks(CustomerColumns::CustomerName, collator); // dropped by the changes below
    // Rows removed and rewritten: the arenas hold stale text, so the search text is fragmented.
    columns.removeRows(100, 50);
    columns.replace(3, data.customers.at(1999));
    columns.replace(3, data.customers.at(3));
    QVERIFY(columns.needsCompact());
    QVERIFY(!columns.isSearchContiguous());
    QCOMPARE(columns.size(), 1950);
    QCOMPARE(columns.find(data.customers.at(160).customerId), 110); // index rebuilt on use
    QCOMPARE(columns.find(data.customers.at(120).customerId), -1);
    // Taken, then the store changes: the packed text no longer fits and is not installed.
    CustomerColumns::Text stale = columns.text();
    columns.replace(4, data.customers.at(4));
    stale.pack();
    QVERIFY(!columns.install(std::move(stale)));
    QVERIFY(columns.needsCompact());
    // Taken and packed elsewhere while nothing changes: installed, rows the same.
    const QList<std::uint32_t> before = columns.ranks(CustomerColumns::CustomerName, collator);
    const QString collation = CustomerColumns::collationName(collator);
    CustomerColumns::Text text = columns.text();
    text.pack();
    QVERIFY(columns.install(std::move(text)));
    QVERIFY(!columns.needsCompact());
    QVERIFY(columns.isSearchContiguous());
    QVERIFY(columns.hasRanks(CustomerColumns::CustomerName, collation)); // still fit
    QCOMPARE(columns.ranks(CustomerColumns::CustomerName, collator), before);
    for (int row = 0; row < columns.size(); ++row) {
        const Customer &want = data.customers.at(row < 100 ? row : row + 50);
        const Customer got = columns.customer(row);
        QCOMPARE(got.customerId, want.customerId);
        QCOMPARE(got.email, want.email);
        QCOMPARE(columns.searchText(row), QByteArrayView(CustomerColumns::searchTextOf(want)));
        QCOMPARE(columns.find(want.customerId), row);
    }
    QCOMPARE(columns.amount(7, CustomerColumns::Debt).toString(), QStringLiteral("3.5"));
    QCOMPARE(columns.searchOffset(columns.size()), columns.searchSize()); // no stale text left
}

void TestCustomerTable::expectedRowsAreNeverCopied()
{
    const RandomCustomers data = RandomCustomers::make(3000, 13);
    CustomerModel model;
    model.append(data.customers.mid(0, 100));
    model.expectMore(2900); // what a load does after its first page
    const char *arena = model.columns().searchArena();
    for (int first = 100; first < 3000; first += 100)
        model.append(data.customers.mid(first, 100));
    QCOMPARE(model.rowCount(), 3000);
    QCOMPARE(model.columns().searchArena(), arena); // the text never moved to grow
    QCOMPARE(model.rowOf(data.customers.at(2999).customerId), 2999);
    QCOMPARE(model.customer(1500).customerName, data.customers.at(1500).customerName);
    // A refresh does not reserve: its rows are mostly there already.
    model.beginSync();
    model.expectMore(3000);
    QCOMPARE(model.columns().searchArena(), arena);
    model.endSync(false);
}

void TestCustomerTable::maskingStaysAndSelectionSurvives()
{
    const RandomCustomers data = RandomCustomers::make(1000, 11);
    CustomerModel model;
    fill(model, data, 1000);
    CustomerFilterProxy fast;
    fast.setSourceModel(&model);
    const Customer target = data.customers.at(321);
    // Searching a raw name finds the row; every shown cell stays masked.
    fast.setSearch(target.customerName);
    QVERIFY(fast.rowCount() >= 1);
    for (int r = 0; r < fast.rowCount(); ++r) {
        const QString shown = fast.index(r, CustomerModel::Name).data().toString();
        QVERIFY2(shown != model.customer(fast.mapToSource(fast.index(r, 0)).row()).customerName,
                 qPrintable(shown));
        QCOMPARE(shown, Masking::mask(
                            model.customer(fast.mapToSource(fast.index(r, 0)).row()).customerName,
                            Masking::Kind::Name));
    }
    // Sorting by a masked column does not reveal it either.
    fast.sort(CustomerModel::Phone);
    QCOMPARE(fast.index(0, CustomerModel::Phone).data(MaskedTableModel::ExportRole).toString(),
             Masking::mask(model.customer(fast.mapToSource(fast.index(0, 0)).row()).telephone,
                           Masking::Kind::Phone));
    // The selected customer stays selected through narrowing, widening and re-sorting.
    fast.setSearch({});
    QItemSelectionModel selection(&fast);
    selection.select(fast.mapFromSource(model.index(321, 0)),
                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    fast.setSearch(target.customerId.left(6));
    fast.sort(CustomerModel::Balance, Qt::DescendingOrder);
    fast.setSearch(target.customerId.left(3));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(fast.mapToSource(selection.selectedRows().first()).row(), 321);
    // Revealing changes what is shown, not the rows.
    const QList<int> before = fast.sourceRows();
    model.setRevealed(CustomerModel::Name, true);
    QCOMPARE(fast.sourceRows(), before);
    QCOMPARE(fast.mapFromSource(model.index(321, CustomerModel::Name)).data().toString(),
             target.customerName);
}

void TestCustomerTable::storeRoundTripIsMaskedWithRanks()
{
    QTemporaryDir dir;
    const RandomCustomers data = RandomCustomers::make(70000, 21); // two chunks
    CustomerColumns columns;
    for (const Customer &c : data.customers)
        columns.append(c);
    columns.setAmount(69999, CustomerColumns::Coupons, *Decimal::parse(u"7.25"));
    const QString file = CustomerStore::fileFor(dir.filePath(QStringLiteral("p.sqlite")), "dom1");
    QString problem;
    QVERIFY2(CustomerStore::save(file, columns, "dom1", &problem), qPrintable(problem));
    const CustomerStore::Snapshot s = CustomerStore::load(file, "dom1");
    QVERIFY2(s.ok, qPrintable(s.problem));
    QCOMPARE(s.columns.size(), 70000);
    QVERIFY(qAbs(s.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const Customer c = s.columns.customer(12345);
    const Customer raw = data.customers.at(12345);
    QCOMPARE(c.customerId, raw.customerId);
    QCOMPARE(c.customerName, Masking::mask(raw.customerName, Masking::Kind::Name));
    QCOMPARE(c.email, Masking::mask(raw.email, Masking::Kind::Email));
    QCOMPARE(c.telephone, Masking::mask(raw.telephone, Masking::Kind::Phone));
    QCOMPARE(c.label, raw.label);
    QCOMPARE(s.columns.amount(69999, CustomerColumns::Coupons).toString(), QStringLiteral("7.25"));
    QCOMPARE(s.columns.find(raw.customerId), 12345);
    // The search text is built from the masked values, like everything else in the file.
    QCOMPARE(QByteArray(s.columns.searchText(12345).data(), s.columns.searchText(12345).size()),
             CustomerColumns::searchTextOf(c));
    // The name ranks came along, for the collation the table sorts with.
    const QCollator collator{QLocale()};
    QVERIFY(s.columns.hasRanks(CustomerColumns::CustomerName,
                               CustomerColumns::collationName(collator)));
    // No clear-text name, phone or e-mail anywhere in the file.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    for (int i : {0, 777, 12345, 69999}) {
        QVERIFY(!bytes.contains(data.customers.at(i).telephone.toUtf8()));
        QVERIFY(!bytes.contains(data.customers.at(i).email.toUtf8()));
        if (data.customers.at(i).customerName.size() > 4)
            QVERIFY(!bytes.contains(data.customers.at(i).customerName.toUtf8()));
    }
}

void TestCustomerTable::storeRefusesOthersAndDamage()
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("p.sqlite"));
    CustomerColumns columns;
    for (const Customer &c : RandomCustomers::make(100, 1).customers)
        columns.append(c);
    const QString mine = CustomerStore::fileFor(cache, "dom1");
    QVERIFY(CustomerStore::save(mine, columns, "dom1", nullptr));
    QVERIFY(!CustomerStore::load(mine, "dom2").ok); // another account's list is never shown
    // Saving another owner's list replaces the first (one list per profile).
    const QString theirs = CustomerStore::fileFor(cache, "dom2");
    QVERIFY(CustomerStore::save(theirs, columns, "dom2", nullptr));
    QVERIFY(!QFile::exists(mine));
    QVERIFY(CustomerStore::load(theirs, "dom2").ok);
    // A damaged file loads nothing and says why.
    {
        QFile f(theirs);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const qsizetype at = bytes.indexOf("PDCC");
        QVERIFY(at > 0);
        bytes[at + 30] = char(bytes[at + 30] ^ 0x5a);
        bytes[at + 31] = char(bytes[at + 31] ^ 0x5a);
        f.seek(0);
        f.write(bytes);
    }
    const CustomerStore::Snapshot s = CustomerStore::load(theirs, "dom2");
    QVERIFY(!s.ok);
    QVERIFY(!s.problem.isEmpty());
    QCOMPARE(s.columns.size(), 0);
    QVERIFY(!CustomerStore::load(dir.filePath(QStringLiteral("missing.sqlite")), "dom2").ok);
    CustomerStore::removeAll(cache);
    QVERIFY(!QFile::exists(theirs));
}

void TestCustomerTable::fuzzSeedsAreValidChunks()
{
    // The seed corpus of fuzz_customerchunk must be what the decoder accepts, or the fuzzer
    // starts from nothing.
    const QDir dir(QStringLiteral(PC_TEST_DATA_DIR "/../fuzz/corpus/customerchunk"));
    const QStringList seeds = dir.entryList(QDir::Files);
    QVERIFY(seeds.size() >= 3);
    for (const QString &name : seeds) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        CustomerColumns c;
        QString problem;
        QVERIFY2(c.appendChunk(f.readAll(), &problem),
                 qPrintable(name + QStringLiteral(": ") + problem));
        c.finishLoading();
        for (int r = 0; r < c.size(); ++r)
            QCOMPARE(c.find(c.customer(r).customerId), r);
    }
}

QTEST_GUILESS_MAIN(TestCustomerTable)
#include "tst_customertable.moc"
