#include "errorpanel.h"

#include "bss/bsserror.h"

#include <QDateTime>
#include <QEvent>
#include <QPlainTextEdit>

ErrorPanel::ErrorPanel(QWidget *parent) : QDockWidget(parent), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("errors"));
    m_text->setReadOnly(true);
    setWidget(m_text);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    toggleViewAction()->setObjectName(QStringLiteral("errorsAction"));
    setWindowTitle(tr("Errors"));
    toggleViewAction()->setText(tr("&Errors panel"));
}

void ErrorPanel::add(const QString &where, const BssError &error)
{
    m_text->appendPlainText(QStringLiteral("%1  %2: %3\n    %4")
                                .arg(QDateTime::currentDateTime().toString(Qt::ISODate), where,
                                     error.userMessage(), error.diagnosticText()));
    show();
}

void ErrorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Errors"));
        toggleViewAction()->setText(tr("&Errors panel"));
    }
    QDockWidget::changeEvent(event);
}
