#pragma once

#include "bss/apirequest.h"
#include "bss/bsserror.h"
#include "bss/priceinquiry.h"

#include <QObject>
#include <QPointer>

class BssClient;
class BssJob;

// The Pricing page's read (询价): one inquiry — pay-per-use, yearly/monthly or renewal — sent and
// its answer decoded into a Quote. An answer that cannot be read is an error, never an empty
// quote. A newer inquiry replaces one still on the wire.
class PricingLoader : public QObject
{
    Q_OBJECT
public:
    enum class Mode { OnDemand, Period, Renewal };

    explicit PricingLoader(BssClient *client, QObject *parent = nullptr);

    // `request` is one of PriceInquiry's requests for `mode` (built and checked by the caller).
    void quote(Mode mode, const ApiRequest &request);
    bool isRunning() const { return !m_job.isNull(); }

signals:
    void quoted(const PriceInquiry::Quote &quote);
    void failed(const BssError &error);

private:
    BssClient *m_client;
    QPointer<BssJob> m_job;
};
