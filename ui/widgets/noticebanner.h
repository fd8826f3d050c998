#pragma once

#include <QLabel>

// A yellow notice across the top of the window, for what the user must know but need not
// dismiss (the keychain is unavailable, unfinished writes were checked); hidden until it has
// something to say. Selectable, so a message can be copied into a support request.
class NoticeBanner : public QLabel
{
    Q_OBJECT
public:
    explicit NoticeBanner(QWidget *parent = nullptr);

    void say(const QString &text);
    QString shownText() const { return isHidden() ? QString() : text(); }
};
