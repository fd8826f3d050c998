#include "widgets/viewstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTabBar>

namespace {

bool isFilter(const QObject *o)
{
    const QString name = o->objectName();
    return name == u"search" || name.startsWith(QLatin1String("filter."));
}

// A combo box by its item data (text or number), or by position when its items carry none.
QJsonValue comboValue(const QComboBox *c)
{
    const QVariant data = c->currentData();
    if (!data.isValid())
        return QJsonObject{{QStringLiteral("index"), c->currentIndex()}};
    if (data.typeId() == QMetaType::Int)
        return data.toInt();
    return data.toString();
}

int comboIndex(const QComboBox *c, const QJsonValue &v)
{
    if (v.isString())
        return c->findData(v.toString());
    if (v.isDouble())
        return c->findData(v.toInt());
    return v[QLatin1String("index")].toInt(-1);
}

} // namespace

bool ViewState::hasFilters(const QWidget *page)
{
    for (const QWidget *w : page->findChildren<QWidget *>()) {
        if (isFilter(w))
            return true;
    }
    return false;
}

QJsonObject ViewState::capture(const QWidget *page)
{
    QJsonObject state;
    for (const QWidget *w : page->findChildren<QWidget *>()) {
        if (!isFilter(w))
            continue;
        QJsonValue value;
        if (auto *e = qobject_cast<const QLineEdit *>(w))
            value = e->text();
        else if (auto *d = qobject_cast<const QDateEdit *>(w))
            value = d->date().toString(Qt::ISODate);
        else if (auto *c = qobject_cast<const QComboBox *>(w))
            value = comboValue(c);
        else if (auto *b = qobject_cast<const QCheckBox *>(w))
            value = b->isChecked();
        else if (auto *t = qobject_cast<const QTabBar *>(w))
            value = t->currentIndex();
        if (!value.isUndefined())
            state.insert(w->objectName(), value);
    }
    return state;
}

void ViewState::apply(QWidget *page, const QJsonObject &state)
{
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!isFilter(w) || !state.contains(w->objectName()))
            continue;
        const QJsonValue v = state.value(w->objectName());
        if (auto *e = qobject_cast<QLineEdit *>(w)) {
            e->setText(v.toString());
        } else if (auto *d = qobject_cast<QDateEdit *>(w)) {
            const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
            if (date.isValid())
                d->setDate(date);
        } else if (auto *c = qobject_cast<QComboBox *>(w)) {
            const int i = comboIndex(c, v);
            if (i >= 0 && i < c->count())
                c->setCurrentIndex(i);
        } else if (auto *b = qobject_cast<QCheckBox *>(w)) {
            b->setChecked(v.toBool());
        } else if (auto *t = qobject_cast<QTabBar *>(w)) {
            const int i = v.toInt(-1);
            if (i >= 0 && i < t->count())
                t->setCurrentIndex(i);
        }
    }
}
