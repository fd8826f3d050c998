// `partnerdesk-cli customers orders|order|resources`: a customer's orders, one order's details
// and its yearly/monthly resources (split from cli.cpp), through the same ops classes as the
// customer detail. JSON results; exit 1 when an operation failed, 2 when input was rejected
// before anything was sent.
#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/orderoperations.h"
#include "cli/cli.h"
#include "cli/outputwriter.h"
#include "models/recordspecs.h"
#include "models/recordtablemodel.h"
#include "ops/customerresources.h"
#include "ops/orderdetails.h"

#include <QJsonArray>

void Cli::runOrders(const QString &action)
{
    const QString customer = m_options.values.value(QStringLiteral("customer"));
    const QString reseller = m_options.values.value(QStringLiteral("reseller"));
    const QString order = m_options.values.value(QStringLiteral("order"));
    QString problem;
    if (action == u"orders")
        OrderOperations::listCustomerOrders(customer, reseller, 0, 100, &problem);
    else if (action == u"order")
        OrderOperations::showOrderDetails(order, reseller, 0, 100, &problem);
    else if (!CustomerResources::visibleFor(reseller))
        problem = tr("A reseller's customer's yearly/monthly resources are the reseller's to see.");
    else
        OrderOperations::listCustomerResources({customer}, 0, 100, &problem);
    if (!problem.isEmpty()) {
        finish(2, problem); // nothing is sent
        return;
    }
    withClient(m_options.profile, [this, action, customer, reseller, order](BssClient *client) {
        ensureDomainId(client, [this, client, action, customer, reseller, order] {
            if (action == u"resources") {
                auto *model = new RecordTableModel(RecordSpecs::periodResources(), this);
                auto *loader = new CustomerResources(client, model, this);
                printWhenLoaded(loader, &CustomerResources::loaded, model,
                                QStringLiteral("total_count"), QStringLiteral("resources"));
                loader->load(customer);
            } else if (action == u"order") {
                auto *lines = new RecordTableModel(RecordSpecs::orderLines(), this);
                auto *details = new OrderDetails(client, lines, this);
                connect(details, &OrderDetails::failed, this,
                        [this](const BssError &e) { finish(1, e.diagnosticText()); });
                connect(details, &OrderDetails::loaded, this, [this, details, lines] {
                    out(OutputWriter::render(
                        {{QStringLiteral("order_info"), details->order()},
                         {QStringLiteral("total_count"), lines->rowCount()},
                         {QStringLiteral("order_line_items"), lines->records()}},
                        m_options.format, m_options.reveal));
                    finish(0);
                });
                details->load(order, reseller);
            } else {
                QString ignored;
                BssJob *job = client->call(
                    OrderOperations::listCustomerOrders(customer, reseller, 0, 100, &ignored));
                connect(job, &BssJob::finished, this, [this, job] {
                    if (job->error().isError()) {
                        finish(1, job->error().diagnosticText());
                        return;
                    }
                    const QJsonValue orders = job->json().value(QLatin1String("order_infos"));
                    if (!orders.isArray()) {
                        finish(1, BssError::malformed(tr("the answer has no order_infos"))
                                      .diagnosticText());
                        return;
                    }
                    out(OutputWriter::render({{QStringLiteral("total_count"),
                                               job->json().value(QLatin1String("total_count"))},
                                              {QStringLiteral("order_infos"), orders}},
                                             m_options.format, m_options.reveal));
                    finish(0);
                });
            }
        });
    });
}
