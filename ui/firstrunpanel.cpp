#include "firstrunpanel.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FirstRunPanel::FirstRunPanel(QWidget *parent)
    : QWidget(parent)
    , m_welcome(new QLabel(this))
    , m_sandbox(new QPushButton(this))
    , m_profile(new QPushButton(this))
{
    m_welcome->setObjectName(QStringLiteral("welcome"));
    m_welcome->setWordWrap(true);
    m_sandbox->setObjectName(QStringLiteral("trySandbox"));
    m_profile->setObjectName(QStringLiteral("addProfile"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_welcome);
    layout->addWidget(m_sandbox);
    layout->addWidget(m_profile);
    layout->addStretch(2);
    connect(m_sandbox, &QPushButton::clicked, this, &FirstRunPanel::sandboxChosen);
    connect(m_profile, &QPushButton::clicked, this, &FirstRunPanel::addProfileChosen);
    retranslate();
}

void FirstRunPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FirstRunPanel::retranslate()
{
    m_welcome->setText(tr("Welcome to PartnerDesk. Try it on the built-in sandbox (sample data, no "
                          "account needed), or add the access key of your partner account."));
    m_sandbox->setText(tr("Try the sandbox"));
    m_profile->setText(tr("Add a profile…"));
}
