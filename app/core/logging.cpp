#include "core/logging.h"

Q_LOGGING_CATEGORY(lcNetwork, "partnerdesk.network", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "partnerdesk.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCache, "partnerdesk.cache", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOps, "partnerdesk.ops", QtWarningMsg)

void Logging::enableVerbose()
{
    QLoggingCategory::setFilterRules(QStringLiteral("partnerdesk.*.debug=true"));
}
