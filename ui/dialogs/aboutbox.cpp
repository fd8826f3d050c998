#include "dialogs/aboutbox.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

void AboutBox::open(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("about"));
    box->setWindowTitle(tr("About PartnerDesk"));
    box->setIconPixmap(applicationIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>PartnerDesk %1</h3><p>A desktop client for the Huawei Cloud "
                    "Partner Center.</p><p>Qt %2 (built with %3)<br/>Data folder: %4</p>")
                     .arg(QStringLiteral(PARTNERDESK_VERSION), QString::fromLatin1(qVersion()),
                          QStringLiteral(QT_VERSION_STR),
                          QDir::toNativeSeparators(dataFolder()).toHtmlEscaped()));
    box->setStandardButtons(QMessageBox::Close);
    box->open(); // never exec(): no nested event loop
}

QString AboutBox::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QIcon AboutBox::applicationIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 256})
        icon.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/org.partnerdesk.PartnerDesk.png").arg(size));
    return icon;
}
