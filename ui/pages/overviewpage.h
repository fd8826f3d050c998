#pragma once

#include "ops/overview.h"
#include "pages/page.h"

#include <QWidget>

class AmountField;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class Session;
class Workspace;

// 总览, the start page: the partner account (each figure labelled with where it comes from, so
// balance and vouchers are never confused), then the alerts, each a link to the page filtered to
// exactly those items, and the alert thresholds.
class OverviewPage : public Page
{
    Q_OBJECT
public:
    QString key() const override { return QStringLiteral("overview"); }
    explicit OverviewPage(Workspace *workspace, QWidget *parent = nullptr);

    // Nothing of its own to read: the figures and alerts come from the other pages' data and the
    // overview's own reads, which the shell's sync starts (Overview::beginSync); loaded() follows
    // Overview::synced.
    void reload() override {}
    // The page and filter an alert opens: exactly the alert's items.
    struct Target
    {
        QString page, what;
        QVariant value;
    };
    static Target targetOf(Overview::AlertKind kind, const Overview::Thresholds &thresholds);
    QLabel *alertLabel(Overview::AlertKind kind) const { return m_alerts.value(kind); }
    QString
    figureText(const QString &name) const; // "cash", "allocatable", "credit", "due", "quotas"

protected:
    void changeEvent(QEvent *event) override;

private:
    // Hides the figures and alerts the profile's site has no data for.
    void showOffered();
    void retranslate();
    void update();
    void applyThresholds();
    QString money(const Decimal &amount) const;
    QString alertText(const Overview::Alert &a) const;

    Session *m_session;
    Overview *m_overview;
    QLabel *m_title;
    QLabel *m_synced;
    QPushButton *m_refresh;
    QLabel *m_accountTitle;
    QGridLayout *m_figures;
    QHash<QString, QLabel *> m_names;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QLabel *> m_sources;
    QLabel *m_alertsTitle;
    QHash<Overview::AlertKind, QLabel *> m_alerts;
    QLabel *m_settingsTitle;
    QLabel *m_customerLabel;
    AmountField *m_customerThreshold;
    QLabel *m_resellerLabel;
    AmountField *m_resellerThreshold;
    QLabel *m_daysLabel;
    QSpinBox *m_days;
    QLabel *m_percentLabel;
    QSpinBox *m_percent; // near budget: this share used or more
};
