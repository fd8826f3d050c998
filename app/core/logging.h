#pragma once

#include <QLoggingCategory>

// One logging category per library, off below warnings by default; `partnerdesk-cli --verbose`
// (or QT_LOGGING_RULES="partnerdesk.*.debug=true") turns them on. Never log secrets: no keys,
// no signatures or Authorization headers, no request bodies (they hold personal data).
Q_DECLARE_LOGGING_CATEGORY(lcNetwork) // partnerdesk.network: each attempt, status, request id
Q_DECLARE_LOGGING_CATEGORY(lcSandbox) // partnerdesk.sandbox: each request served, faults
Q_DECLARE_LOGGING_CATEGORY(lcCache)   // partnerdesk.cache: offline answers stored and used
Q_DECLARE_LOGGING_CATEGORY(lcOps)     // partnerdesk.ops: the write engine's steps

namespace Logging {
// Every PartnerDesk category on (debug and up), for --verbose.
void enableVerbose();
} // namespace Logging
