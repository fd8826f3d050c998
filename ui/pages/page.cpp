#include "pages/page.h"

#include "pageregistry.h"
#include "widgets/viewstate.h"

#include <QIcon>

QString Page::title() const
{
    return PageRegistry::titleOf(key());
}

QIcon Page::icon() const
{
    return PageRegistry::iconOf(key());
}

QJsonObject Page::viewState() const
{
    return ViewState::capture(this);
}

void Page::applyViewState(const QJsonObject &state)
{
    ViewState::apply(this, state);
}

bool Page::hasViewState() const
{
    return ViewState::hasFilters(this);
}

bool Page::focus(const QString &, const QVariant &)
{
    return false;
}
