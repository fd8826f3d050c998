// After an unbind request (解除关联) the request leaves a trace: the Customers page marks the
// customer "unbind pending" (toned as needing attention) and the unbind-requests dialog lists
// the request, awaiting the customer; the customer's answer (the sandbox's control endpoint)
// moves it on. Against the in-process sandbox.
#include "core/statustones.h"
#include "core/translator.h"
#include "dialogs/unbinddialog.h"
#include "dialogs/unbindrequestsdialog.h"
#include "mainwindow.h"
#include "models/customerfilterproxy.h"
#include "models/customermodel.h"
#include "models/maskedtablemodel.h"
#include "models/recordtablemodel.h"
#include "ops/session.h"
#include "ops/unbindrequestsloader.h"
#include "ops/workspace.h"
#include "pages/customerspage.h"
#include "sandboxstarter.h"
#include "widgets/datatableview.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

class TestUnbindRequests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void requestIsListedAndMarked();

private:
    CustomersPage *page() const { return m_window->page<CustomersPage>(); }
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
    Translator m_translator;
};

void TestUnbindRequests::initTestCase()
{
    m_translator.setLanguage(QStringLiteral("en"));
    m_session = new Session;
    m_window = new MainWindow(m_session);
    m_window->setTranslator(&m_translator);
    QSignalSpy customers(page(), &CustomersPage::loaded);
    SandboxStarter::startFor(m_session, {5, 60, false});
    m_window->show();
    QVERIFY(customers.wait(60000));
    QVERIFY(m_window->openPage(QStringLiteral("customers")));
}

void TestUnbindRequests::cleanupTestCase()
{
    delete m_window;
    delete m_session;
}

void TestUnbindRequests::requestIsListedAndMarked()
{
    CustomerModel *model = page()->model();
    DataTableView *table = page()->table();
    QString unbound;
    int source = -1;
    // The first agency-sale customer the sandbox's account check lets go.
    for (int r = 0; r < table->model()->rowCount() && unbound.isEmpty(); ++r) {
        const int s = page()->proxy()->mapToSource(table->model()->index(r, 0)).row();
        if (model->customer(s).associationType != u"2")
            continue;
        table->selectRow(r);
        UnbindDialog *dialog = nullptr;
        auto c = connect(page(), &CustomersPage::unbindDialogOpened, this,
                         [&dialog](UnbindDialog *d) { dialog = d; });
        page()->unbind();
        disconnect(c);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->checkState() != UnbindDialog::Check::Running, 15000);
        if (dialog->checkState() == UnbindDialog::Check::Blocked) {
            dialog->close();
            continue;
        }
        QSignalSpy submitted(dialog, &UnbindDialog::submitted);
        dialog->agreement()->setChecked(true);
        QTest::keyClicks(dialog->reason(), QStringLiteral("moving to another partner"));
        QTest::mouseClick(dialog->unbindButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!submitted.isEmpty(), 20000);
        unbound = model->customer(s).customerId;
        source = s;
        dialog->close();
    }
    QVERIFY2(!unbound.isEmpty(), "no agency-sale customer could be unbound");

    // The row says so, toned as needing attention (the words say it, not only the colour).
    const QModelIndex type = model->index(source, CustomerModel::AssociationType);
    QTRY_VERIFY_WITH_TIMEOUT(type.data().toString().contains(u"unbind pending"), 20000);
    QCOMPARE(type.data(MaskedTableModel::ToneRole).toInt(), int(StatusTones::Attention));

    // The dialog lists it, awaiting the customer.
    UnbindRequestsDialog dialog(m_window->workspace(), m_window);
    dialog.show();
    const Workspace::Customers &c = m_window->workspace()->customers();
    QTRY_VERIFY_WITH_TIMEOUT(c.unbindRequests->rowCount() > 0, 15000);
    int row = -1;
    for (int r = 0; r < c.unbindRequests->rowCount(); ++r) {
        if (c.unbindRequests->record(r).value(QLatin1String("customer_id")).toString() == unbound)
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex status = c.unbindRequests->index(row, 3);
    QCOMPARE(status.data().toString(), QStringLiteral("Awaiting the customer"));
    QCOMPARE(status.data(MaskedTableModel::ToneRole).toInt(), int(StatusTones::Attention));
    QVERIFY2(dialog.noteText().contains(u"awaiting the customer's answer"),
             qPrintable(dialog.noteText()));
    QVERIFY(c.unbindLoader->pendingCustomerIds().contains(unbound));
    // The customer's name is masked there as everywhere.
    QVERIFY(c.unbindRequests->index(row, 1).data().toString().contains(u'*'));
}

QTEST_MAIN(TestUnbindRequests)
#include "tst_unbindrequests.moc"
