// MainWindow: saved views (named filters) — View > Saved views lists the current page's views,
// saves the current filters under a name, deletes one, and exports/imports all of them as a
// file. Stored per profile (SavedViews); the filters are the page's named inputs (ViewState).
#include "mainwindow.h"
#include "models/savedviews.h"
#include "ops/session.h"
#include "widgets/viewstate.h"

#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace {

QString profileOf(Session *session)
{
    return session->isSandbox() ? QStringLiteral("sandbox") : session->profileName();
}

} // namespace

void MainWindow::buildViewsMenu()
{
    m_viewsMenu = m_viewMenu->addMenu(QString());
    connect(m_viewsMenu, &QMenu::aboutToShow, this, &MainWindow::fillViewsMenu);
}

void MainWindow::fillViewsMenu()
{
    m_viewsMenu->clear();
    const QString page = currentPage();
    const bool filters = ViewState::hasFilters(m_stack->currentWidget());
    const QList<SavedViews::View> views = SavedViews(profileOf(m_session)).views(page);
    for (const SavedViews::View &v : views) {
        const QString name = v.name;
        m_viewsMenu->addAction(name, this, [this, name] { applyView(name); });
    }
    if (!views.isEmpty())
        m_viewsMenu->addSeparator();
    QAction *save = m_viewsMenu->addAction(tr("Save the current filters…"), this, [this] {
        auto *ask = new QInputDialog(this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Save view"));
        ask->setLabelText(tr("Name of this view:"));
        connect(ask, &QInputDialog::textValueSelected, this,
                [this](const QString &name) { saveView(name); });
        ask->open();
    });
    save->setEnabled(filters);
    QMenu *remove = m_viewsMenu->addMenu(tr("Delete a view"));
    remove->setEnabled(!views.isEmpty());
    for (const SavedViews::View &v : views) {
        const QString name = v.name;
        remove->addAction(name, this, [this, name] { deleteView(name); });
    }
    m_viewsMenu->addSeparator();
    m_viewsMenu->addAction(tr("Export views…"), this, [this] {
        auto *d =
            new QFileDialog(this, tr("Export views"), QString(), tr("PartnerDesk views (*.json)"));
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->setAcceptMode(QFileDialog::AcceptSave);
        d->setDefaultSuffix(QStringLiteral("json"));
        connect(d, &QFileDialog::fileSelected, this, &MainWindow::exportViews);
        d->open();
    });
    m_viewsMenu->addAction(tr("Import views…"), this, [this] {
        auto *d = new QFileDialog(this, tr("Import views"), QString(),
                                  tr("PartnerDesk views (*.json);;All files (*)"));
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->setFileMode(QFileDialog::ExistingFile);
        connect(d, &QFileDialog::fileSelected, this, &MainWindow::importViews);
        d->open();
    });
}

bool MainWindow::saveView(const QString &name)
{
    QString problem;
    const bool ok =
        SavedViews(profileOf(m_session))
            .save(currentPage(), name, ViewState::capture(m_stack->currentWidget()), &problem);
    statusBar()->showMessage(ok ? tr("View “%1” saved.").arg(name.trimmed()) : problem, 8000);
    return ok;
}

bool MainWindow::applyView(const QString &name)
{
    for (const SavedViews::View &v : SavedViews(profileOf(m_session)).views(currentPage())) {
        if (v.name == name) {
            ViewState::apply(m_stack->currentWidget(), v.state);
            return true;
        }
    }
    return false;
}

bool MainWindow::deleteView(const QString &name)
{
    return SavedViews(profileOf(m_session)).remove(currentPage(), name);
}

bool MainWindow::exportViews(const QString &path)
{
    QFile f(path);
    const bool ok = f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                    f.write(SavedViews(profileOf(m_session)).exportAll()) >= 0 && f.flush();
    statusBar()->showMessage(ok ? tr("Views exported to %1.").arg(path)
                                : tr("Cannot write %1: %2").arg(path, f.errorString()),
                             8000);
    return ok;
}

int MainWindow::importViews(const QString &path)
{
    QFile f(path);
    QString problem;
    int count = -1;
    if (!f.open(QIODevice::ReadOnly))
        problem = tr("Cannot open %1: %2").arg(path, f.errorString());
    else if (f.size() > 4 * 1024 * 1024)
        problem = tr("The file is larger than 4 MB; is it a views file?");
    else
        count = SavedViews(profileOf(m_session)).importAll(f.readAll(), &problem);
    statusBar()->showMessage(count >= 0 ? tr("%n view(s) imported.", "", count)
                                        : tr("Nothing imported: %1").arg(problem),
                             10000);
    return count;
}
