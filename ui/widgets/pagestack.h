#pragma once

#include <QStackedWidget>

// The stack of pages: a QStackedWidget whose size (hint, minimum, height for width) is the
// current page's alone. QStackedLayout asks every page, hidden ones too, and the pages' long
// word-wrapped labels made that half of the start-up time (bench_coldstart); a hidden page's
// size also has no business widening the window.
class PageStack : public QStackedWidget
{
    Q_OBJECT
public:
    explicit PageStack(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
};
