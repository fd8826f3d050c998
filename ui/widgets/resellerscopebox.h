#pragma once

#include <QComboBox>

class Session;

// Whose customers or coupons a page shows, for master distributors: "My customers" or one of
// the resellers (云经销商, by indirect_partner_id). The resellers' names are personal data, so they
// are listed masked with their ids. Hidden for accounts without resellers. Used by every page that
// accepts a reseller scope.
class ResellerScopeBox : public QComboBox
{
    Q_OBJECT
public:
    enum class Purpose { Customers, Account }; // whose customers / whose account

    explicit ResellerScopeBox(Session *session, QWidget *parent = nullptr,
                              Purpose purpose = Purpose::Customers);

    void reload(); // asks the server for the resellers (when the session is ready)
    QString indirectPartnerId() const; // "" for the partner's own customers
    bool setIndirectPartnerId(const QString &id);

signals:
    void scopeChanged(const QString &indirectPartnerId); // chosen by the user
    void resellersLoaded(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill(); // from the session's reseller directory

    Session *m_session;
    Purpose m_purpose;
};
