#pragma once

#include "ledger/state/queries/CreditQueries.h"
#include "ui/common/AppContext.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <optional>
#include <vector>

class QThread;

namespace ui {

// Who a pseudonym is, for staff at this PC. The ledger knows residents only by
// pseudonym, number and (with consent) a masked name; the real name comes from
// this organization's local ResidentRegistry (docs/privacy.md), decrypted
// here on a worker thread and never written anywhere. Residents registered
// by other organizations show their number and masked name only.
//
// The registry key comes from RegistryKeyStore: keys/registry.key (demo,
// kiosk), a key the residents page unlocked in this session, or the system
// keychain; a key only in the passphrase file is reported by registryProblem().
class ResidentDirectory : public QObject
{
    Q_OBJECT
public:
    struct Entry {
        QByteArray pseudonym;
        std::int64_t residentNo = 0;
        std::uint32_t orgId = 0;
        QString maskedName; // ledger, only with consent
        QString name; // local registry, only for this organization's residents
    };

    explicit ResidentDirectory(AppContext &context, QObject *parent = nullptr);
    ~ResidentDirectory() override;

    // Reloads the residents from the ledger, then the names from the registry.
    void refresh();
    bool isLoaded() const { return m_loaded; }
    const std::vector<Entry> &entries() const { return m_entries; }
    const Entry *find(const QByteArray &pseudonym) const;
    // "王建国 (Resident 123)", "张*明 (Resident 123)" or "Resident 123"; the
    // pseudonym's fingerprint for an unknown one.
    QString label(const QByteArray &pseudonym) const;
    static QString label(const Entry &entry);
    QHash<QByteArray, QString> labels() const;
    // Matches on name, masked name or resident number; at most `limit`.
    std::vector<const Entry *> search(const QString &text, int limit) const;
    // Empty when the registry was read; otherwise why names are not shown.
    QString registryProblem() const { return m_registryProblem; }

Q_SIGNALS:
    void changed();

private:
    void loadNames();
    void loadNamesWith(const QByteArray &key, std::uint32_t orgId, const QList<QByteArray> &mine);

    AppContext &m_context;
    std::vector<Entry> m_entries;
    QHash<QByteArray, int> m_index;
    QThread *m_worker = nullptr;
    // Of the rows in m_entries (residentsSignature), to skip unchanged reloads.
    std::optional<ledger::state::ResidentsSignature> m_signature;
    QString m_registryProblem;
    bool m_loaded = false;
    bool m_loadingKey = false;
};

} // namespace ui
