#include "dialogs/batchdialogframe.h"

#include "models/batchrunner.h"
#include "widgets/batchresultpanel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

BatchDialogFrame::BatchDialogFrame(QDialog *dialog, QStackedWidget *pages, QPushButton *confirm,
                                   QPushButton *close)
    : QObject(dialog), m_pages(pages), m_confirm(confirm), m_close(close)
{
    auto *buttons = new QDialogButtonBox(dialog);
    buttons->addButton(confirm, QDialogButtonBox::AcceptRole);
    buttons->addButton(close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(pages, 1);
    layout->addWidget(buttons);
    connect(close, &QPushButton::clicked, dialog, &QDialog::reject);
}

void BatchDialogFrame::run(BatchRunner *runner, BatchResultPanel *panel)
{
    if (m_pages->indexOf(panel) < 0)
        m_pages->addWidget(panel);
    m_pages->setCurrentWidget(panel);
    m_confirm->hide();
    m_close->setEnabled(false);
    if (m_watched != runner) {
        m_watched = runner;
        connect(runner, &BatchRunner::batchFinished, this, [this] {
            m_close->setEnabled(true);
            emit finished();
        });
    }
    runner->start();
}
