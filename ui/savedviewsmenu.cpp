#include "savedviewsmenu.h"

#include "ops/savedviews.h"
#include "ops/session.h"
#include "pages/page.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>

SavedViewsMenu::SavedViewsMenu(Session *session, std::function<Page *()> currentPage,
                               QWidget *parent)
    : QMenu(parent), m_session(session), m_currentPage(std::move(currentPage))
{
    setTitle(tr("&Saved views"));
    connect(this, &QMenu::aboutToShow, this, &SavedViewsMenu::fill);
}

QString SavedViewsMenu::profile() const
{
    return m_session->settingsKey();
}

QString SavedViewsMenu::pageKey() const
{
    Page *page = m_currentPage();
    return page ? page->key() : QString();
}

void SavedViewsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setTitle(tr("&Saved views"));
    QMenu::changeEvent(event);
}

void SavedViewsMenu::fill()
{
    clear();
    Page *page = m_currentPage();
    const QList<SavedViews::View> views = SavedViews(profile()).views(pageKey());
    for (const SavedViews::View &v : views)
        addAction(v.name, this, [this, name = v.name] { apply(name); });
    if (!views.isEmpty())
        addSeparator();
    QAction *saveAction = addAction(tr("Save the current filters…"), this, [this] {
        auto *ask = new QInputDialog(parentWidget());
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Save view"));
        ask->setLabelText(tr("Name of this view:"));
        connect(ask, &QInputDialog::textValueSelected, this, &SavedViewsMenu::save);
        ask->open();
    });
    saveAction->setEnabled(page && page->hasViewState());
    QMenu *removeMenu = addMenu(tr("Delete a view"));
    removeMenu->setEnabled(!views.isEmpty());
    for (const SavedViews::View &v : views)
        removeMenu->addAction(v.name, this, [this, name = v.name] { remove(name); });
    addSeparator();
    addAction(tr("Export views…"), this, [this] {
        auto *d = new QFileDialog(parentWidget(), tr("Export views"), QString(),
                                  tr("PartnerDesk views (*.json)"));
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->setAcceptMode(QFileDialog::AcceptSave);
        d->setDefaultSuffix(QStringLiteral("json"));
        connect(d, &QFileDialog::fileSelected, this, &SavedViewsMenu::exportTo);
        d->open();
    });
    addAction(tr("Import views…"), this, [this] {
        auto *d = new QFileDialog(parentWidget(), tr("Import views"), QString(),
                                  tr("PartnerDesk views (*.json);;All files (*)"));
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->setFileMode(QFileDialog::ExistingFile);
        connect(d, &QFileDialog::fileSelected, this, &SavedViewsMenu::importFrom);
        d->open();
    });
}

bool SavedViewsMenu::save(const QString &name)
{
    Page *page = m_currentPage();
    QString problem;
    const bool ok =
        page && SavedViews(profile()).save(page->key(), name, page->viewState(), &problem);
    emit message(ok ? tr("View “%1” saved.").arg(name.trimmed()) : problem, 8000);
    return ok;
}

bool SavedViewsMenu::apply(const QString &name)
{
    Page *page = m_currentPage();
    if (!page)
        return false;
    for (const SavedViews::View &v : SavedViews(profile()).views(page->key())) {
        if (v.name == name) {
            page->applyViewState(v.state);
            return true;
        }
    }
    return false;
}

bool SavedViewsMenu::remove(const QString &name)
{
    return SavedViews(profile()).remove(pageKey(), name);
}

bool SavedViewsMenu::exportTo(const QString &path)
{
    QFile f(path);
    const bool ok = f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                    f.write(SavedViews(profile()).exportAll()) >= 0 && f.flush();
    emit message(ok ? tr("Views exported to %1.").arg(path)
                    : tr("Cannot write %1: %2").arg(path, f.errorString()),
                 8000);
    return ok;
}

int SavedViewsMenu::importFrom(const QString &path)
{
    QFile f(path);
    QString problem;
    int count = -1;
    if (!f.open(QIODevice::ReadOnly))
        problem = tr("Cannot open %1: %2").arg(path, f.errorString());
    else if (f.size() > 4 * 1024 * 1024)
        problem = tr("The file is larger than 4 MB; is it a views file?");
    else
        count = SavedViews(profile()).importAll(f.readAll(), &problem);
    emit message(count >= 0 ? tr("%n view(s) imported.", "", count)
                            : tr("Nothing imported: %1").arg(problem),
                 10000);
    return count;
}
