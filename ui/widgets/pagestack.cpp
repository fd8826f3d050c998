#include "widgets/pagestack.h"

#include <QLayout>

PageStack::PageStack(QWidget *parent) : QStackedWidget(parent)
{
    // The layout must not impose the largest page's minimum on the stack either.
    layout()->setSizeConstraint(QLayout::SetNoConstraint);
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

QSize PageStack::sizeHint() const
{
    const QWidget *page = currentWidget();
    return page ? page->sizeHint() : QStackedWidget::sizeHint();
}

QSize PageStack::minimumSizeHint() const
{
    const QWidget *page = currentWidget();
    return page ? page->minimumSizeHint().expandedTo(page->minimumSize())
                : QStackedWidget::minimumSizeHint();
}

bool PageStack::hasHeightForWidth() const
{
    const QWidget *page = currentWidget();
    return page && page->hasHeightForWidth();
}

int PageStack::heightForWidth(int width) const
{
    const QWidget *page = currentWidget();
    return page ? page->heightForWidth(width) : -1;
}
