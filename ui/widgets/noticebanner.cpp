#include "widgets/noticebanner.h"

NoticeBanner::NoticeBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("notice"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 6px; "
                                 "border: 1px solid #e8c000; }"));
    hide();
}

void NoticeBanner::say(const QString &text)
{
    setText(text);
    show();
}
