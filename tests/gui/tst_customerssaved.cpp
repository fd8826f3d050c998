// The customer list's local cache in the page (CustomerSnapshot): after a full load the list is
// saved, masked; a page opened later shows it at once, before the server answers, says so, and
// the refresh then replaces it in place with the same rows in clear.
#include "bss/responsecache.h"
#include "models/customermodel.h"
#include "ops/customerstore.h"
#include "ops/session.h"
#include "ops/workspace.h"
#include "pages/customerspage.h"
#include "sandboxstarter.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCustomersSaved : public QObject
{
    Q_OBJECT
private slots:
    void savedListShowsAtOnceThenRefreshes();
};

void TestCustomersSaved::savedListShowsAtOnceThenRefreshes()
{
    // A cache directory of its own: tests running at the same time save their lists in the
    // shared one and remove other accounts' lists there.
    QTemporaryDir cacheDir;
    Session session;
    session.setCacheDirectory(cacheDir.path());
    QSignalSpy ready(&session, &Session::ready);
    SandboxStarter::startFor(&session, {3, 400, false});
    QVERIFY(ready.wait(20000));
    Workspace firstStart(&session);
    CustomersPage first(&firstStart);
    QSignalSpy firstLoaded(&first, &CustomersPage::loaded);
    first.reload();
    QVERIFY(firstLoaded.wait(30000));
    QCOMPARE(first.model()->rowCount(), 360); // 400 seeded, 40 belong to resellers
    // The full load saved the list in the local cache, masked.
    const QString file =
        CustomerStore::fileFor(session.cache()->file(), session.client()->domainId());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), 10000);

    // A page opened later (a new start) shows it before the server has answered. What it shows
    // is looked at the moment the saved list arrives: the refresh starts right after and
    // replaces rows page by page.
    Workspace secondStart(&session); // a new start: its own, empty models
    CustomersPage fresh(&secondStart);
    QVERIFY(!fresh.isLoading());
    QSignalSpy loaded(&fresh, &CustomersPage::loaded);
    int restoredRows = -1, maskedNames = 0, withName = 0;
    QString note;
    connect(fresh.model(), &QAbstractItemModel::modelReset, this, [&] {
        if (restoredRows >= 0 || fresh.model()->rowCount() == 0)
            return;
        restoredRows = fresh.model()->rowCount();
        for (int r = 0; r < restoredRows; ++r) {
            const QString name = fresh.model()->customer(r).customerName;
            withName += name.isEmpty() ? 0 : 1;
            maskedNames += name.contains(u'*') ? 1 : 0; // masked even in the model
        }
        QMetaObject::invokeMethod(
            this,
            [&] {
                // after the page's own handler has updated the count line
                if (const auto *count = fresh.findChild<QLabel *>(QStringLiteral("customerCount")))
                    note = count->text();
            },
            Qt::QueuedConnection);
    });
    fresh.reload();
    QVERIFY(fresh.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(restoredRows, 360, 10000);
    QVERIFY(withName > 300);
    QCOMPARE(maskedNames, withName);
    QTRY_VERIFY(!note.isEmpty());
    QVERIFY2(note.contains(QStringLiteral("saved list")), qPrintable(note));
    const QLabel *count = fresh.findChild<QLabel *>(QStringLiteral("customerCount"));
    QVERIFY(count);

    // The refresh replaces them in place: same rows, names in clear, the note gone.
    QVERIFY(loaded.wait(30000));
    QCOMPARE(fresh.model()->rowCount(), 360);
    int clear = 0;
    for (int r = 0; r < 360; ++r) {
        const Customer c = fresh.model()->customer(r);
        const int there = first.model()->rowOf(c.customerId);
        clear += there >= 0 && first.model()->customer(there).customerName == c.customerName;
    }
    QCOMPARE(clear, 360);
    QVERIFY2(!count->text().contains(QStringLiteral("saved list")), qPrintable(count->text()));
}

QTEST_MAIN(TestCustomersSaved)
#include "tst_customerssaved.moc"
