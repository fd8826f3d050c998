#include "pages/quotaspage.h"

#include "bss/bssjob.h"
#include "bss/jsonbody.h"
#include "bss/operations.h"
#include "bss/pager.h"
#include "dialogs/issuecouponsdialog.h"
#include "models/couponrecordmodel.h"
#include "models/quotamodel.h"
#include "models/session.h"
#include "widgets/datatableview.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

QuotasPage::QuotasPage(Session *session, std::function<QString(const QString &)> customerName,
                       std::function<QStringList()> selectedCustomers, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_selectedCustomers(std::move(selectedCustomers))
    , m_model(new QuotaModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_records(new CouponRecordModel(this))
    , m_table(new DataTableView(this))
    , m_recordTable(new DataTableView(this))
    , m_reload(new QPushButton(this))
    , m_issue(new QPushButton(this))
    , m_customer(new QLineEdit(this))
    , m_from(new QDateEdit(QDate::currentDate().addMonths(-3), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MaskedTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_records->setNameLookup(std::move(customerName));
    auto *recordProxy = new QSortFilterProxyModel(this);
    recordProxy->setSourceModel(m_records);
    recordProxy->setSortRole(MaskedTableModel::SortRole);
    m_recordTable->setModel(recordProxy);
    m_customer->setClearButtonEnabled(true);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_issue->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_reload);
    bar->addWidget(m_issue);
    bar->addStretch(1);
    auto *recordBar = new QHBoxLayout;
    recordBar->addWidget(m_customer, 1);
    recordBar->addWidget(m_from);
    recordBar->addWidget(m_to);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_table);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(recordBar);
    bottomLayout->addWidget(m_recordTable);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_reload, &QPushButton::clicked, this, &QuotasPage::reload);
    connect(m_issue, &QPushButton::clicked, this, &QuotasPage::issueFromSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        m_issue->setEnabled(rows.size() == 1 &&
                            m_model->quota(m_proxy->mapToSource(rows.first()).row()).status == 0);
        loadRecords();
    });
    connect(m_customer, &QLineEdit::editingFinished, this, &QuotasPage::loadRecords);
    connect(m_from, &QDateEdit::dateChanged, this, &QuotasPage::loadRecords);
    connect(m_to, &QDateEdit::dateChanged, this, &QuotasPage::loadRecords);
    retranslate();
}

QString QuotasPage::selectedQuotaId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_model->quota(m_proxy->mapToSource(rows.first()).row()).quotaId
                            : QString();
}

void QuotasPage::reload()
{
    m_model->setCurrency(m_session->currency());
    m_records->setCurrency(m_session->currency());
    auto *pager = new Pager(
        m_session->client(),
        [](int offset, int limit) {
            QString ignored;
            ApiRequest r = Operations::byName(QStringLiteral("ListQuotaCoupons"), &ignored);
            JsonBody b;
            b.add("offset", qint64(offset)).add("limit", qint64(limit));
            r.body = b.bytes();
            return r;
        },
        Pager::Options{QStringLiteral("quotas"), 100, 1, -1}, this);
    auto quotas = std::make_shared<QList<QuotaModel::Quota>>();
    connect(pager, &Pager::pageReceived, this, [quotas](int, const QJsonArray &items, int) {
        for (const QJsonValue &v : items)
            quotas->append(QuotaModel::Quota::fromJson(v.toObject()));
    });
    connect(pager, &Pager::finished, this, [this, pager, quotas](const BssError &error) {
        pager->deleteLater();
        if (error.isError()) {
            emit failed(error);
            return;
        }
        m_model->setQuotas(*quotas);
        m_table->resizeColumnsToContents();
        loadRecords();
        emit loaded();
    });
    pager->start();
}

void QuotasPage::loadRecords()
{
    QString problem;
    ApiRequest r = Operations::byName(QStringLiteral("ListPartnerCouponsRecord"), &problem);
    const QString quota = selectedQuotaId();
    if (!quota.isEmpty())
        r.addQuery("quota_id", quota);
    const QString customer = m_customer->text().trimmed();
    if (!customer.isEmpty())
        r.addQuery("customer_id", customer);
    r.addQuery("operation_time_begin", Operations::utcTimestamp(m_from->date().startOfDay()));
    r.addQuery("operation_time_end", Operations::utcTimestamp(m_to->date().endOfDay()));
    r.addQuery("limit", QStringLiteral("100")); // the newest 100
    BssJob *job = m_session->client()->call(r);
    connect(job, &BssJob::finished, this, [this, job] {
        if (job->error().isError()) {
            emit failed(job->error());
            return;
        }
        m_records->setRecords(job->json().value(QLatin1String("records")).toArray());
        emit recordsLoaded();
    });
}

void QuotasPage::issueFromSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const QuotaModel::Quota quota = m_model->quota(m_proxy->mapToSource(rows.first()).row());
    auto *dialog = new IssueCouponsDialog(m_session, quota, m_selectedCustomers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IssueCouponsDialog::batchFinished, this, &QuotasPage::reload);
    emit issueDialogOpened(dialog);
    dialog->open();
}

void QuotasPage::retranslate()
{
    m_reload->setText(tr("Refresh"));
    m_issue->setText(tr("Issue coupons…"));
    m_customer->setPlaceholderText(tr("Records of one customer (customer ID)"));
    m_model->setLocale(locale());
    m_records->setLocale(locale());
}

void QuotasPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
