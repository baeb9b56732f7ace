#include "ui/credit/ResidentDirectory.h"

#include "ledger/node/NodeConfig.h"
#include "ledger/service/LedgerService.h"
#include "ledger/service/RegistryKeyStore.h"
#include "ledger/state/ResidentRegistry.h"
#include "ledger/state/queries/CreditQueries.h"
#include "ui/common/DomainText.h"

#include <QThread>

namespace ui {

using ledger::service::QueryContext;
using ledger::service::RegistryKeyStore;

ResidentDirectory::ResidentDirectory(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

ResidentDirectory::~ResidentDirectory()
{
    // The worker only reads the registry file and posts its result back to
    // this object; waiting here keeps that post from outliving us.
    if (m_worker)
        m_worker->wait();
}

void ResidentDirectory::refresh()
{
    // The pages refresh after every block; the residents rarely change, and
    // reading them all out costs seconds at half a million. Compare a
    // fingerprint first and read the rows only when it moved.
    struct Answer {
        std::optional<ledger::state::ResidentsSignature> signature;
        ledger::core::Result<std::vector<ledger::state::ResidentRow>> rows
            = std::vector<ledger::state::ResidentRow>();
        bool unchanged = false;
    };
    m_context.ledger->query<Answer>(
        this,
        [known = m_signature](const QueryContext &c) {
            Answer a;
            if (auto sig = ledger::state::residentsSignature(c.state)) {
                a.signature = *sig;
                if (known && *known == *sig) {
                    a.unchanged = true;
                    return a;
                }
            }
            a.rows = ledger::state::residents(c.state, std::nullopt);
            return a;
        },
        [this](Answer answer) {
            if (answer.unchanged) {
                loadNames(); // a registry key may have become available since
                return;
            }
            auto &rows = answer.rows;
            if (!rows)
                return;
            m_signature = answer.signature;
            QHash<QByteArray, QString> names;
            for (const Entry &e : m_entries)
                names.insert(e.pseudonym, e.name);
            m_entries.clear();
            m_index.clear();
            m_entries.reserve(rows->size());
            for (const auto &r : *rows) {
                m_index.insert(r.pseudonym, int(m_entries.size()));
                m_entries.push_back(
                    { r.pseudonym, r.residentNo, r.orgId, r.maskedName, names.value(r.pseudonym) });
            }
            m_loaded = true;
            Q_EMIT changed();
            loadNames();
        });
}

void ResidentDirectory::loadNames()
{
    if (m_worker)
        return;
    // The registry on this PC is that of the node's organization.
    const std::uint32_t orgId = m_context.ledger->config().orgId;
    QList<QByteArray> mine;
    for (const Entry &e : m_entries) {
        if (e.orgId == orgId && e.name.isEmpty())
            mine << e.pseudonym;
    }
    if (mine.isEmpty())
        return;
    if (m_loadingKey)
        return;
    m_loadingKey = true;
    // The same places as the residents page looks (RegistryKeyStore): the
    // plain file, a key the residents page unlocked, the system keychain.
    RegistryKeyStore::load(
        m_context.ledger->dataDir(), m_context.ledger->config(), this,
        [this, orgId, mine](ledger::core::Result<QByteArray> key, RegistryKeyStore::Location) {
            m_loadingKey = false;
            if (key) {
                loadNamesWith(*key, orgId, mine);
                return;
            }
            m_registryProblem = RegistryKeyStore::isNeedsPassphrase(key.error())
                ? tr("The resident registry is locked, so residents are shown by number only. "
                     "Unlock it on the Residents page.")
                : tr("The resident registry key is not on this PC, so residents are shown by "
                     "number only.");
            Q_EMIT changed();
        });
}

void ResidentDirectory::loadNamesWith(const QByteArray &key, std::uint32_t orgId,
                                      const QList<QByteArray> &mine)
{
    if (m_worker)
        return;
    const QString dir = m_context.ledger->dataDir();
    m_worker = QThread::create([this, dir, orgId, mine, key] {
        QHash<QByteArray, QString> names;
        QString problem;
        {
            auto registry = ledger::state::ResidentRegistry::open(
                dir + QStringLiteral("/residents.db"), key, orgId);
            if (!registry) {
                problem = tr("The resident registry could not be opened (%1), so residents are "
                             "shown by number only.")
                              .arg(registry.error().toString());
            } else {
                for (const QByteArray &p : mine) {
                    const auto pseudonym = ledger::domain::Pseudonym::fromBytes(p);
                    if (!pseudonym)
                        continue;
                    if (auto details = (*registry)->details(*pseudonym))
                        names.insert(p, details->name);
                }
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, names, problem] {
                m_worker->deleteLater();
                m_worker = nullptr;
                m_registryProblem = problem;
                for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
                    if (const auto at = m_index.constFind(it.key()); at != m_index.constEnd())
                        m_entries[std::size_t(*at)].name = it.value();
                }
                Q_EMIT changed();
            },
            Qt::QueuedConnection);
    });
    m_worker->setParent(this); // deleted with us if its result never arrives
    m_worker->start();
}

const ResidentDirectory::Entry *ResidentDirectory::find(const QByteArray &pseudonym) const
{
    const auto at = m_index.constFind(pseudonym);
    return at == m_index.constEnd() ? nullptr : &m_entries[std::size_t(*at)];
}

QString ResidentDirectory::label(const Entry &e)
{
    const QString number = tr("Resident %1").arg(e.residentNo);
    if (!e.name.isEmpty())
        return tr("%1 (%2)").arg(e.name, number);
    if (!e.maskedName.isEmpty())
        return tr("%1 (%2)").arg(e.maskedName, number);
    return number;
}

QString ResidentDirectory::label(const QByteArray &pseudonym) const
{
    if (const Entry *e = find(pseudonym))
        return label(*e);
    return DomainText::fingerprint(pseudonym);
}

QHash<QByteArray, QString> ResidentDirectory::labels() const
{
    QHash<QByteArray, QString> out;
    out.reserve(qsizetype(m_entries.size()));
    for (const Entry &e : m_entries)
        out.insert(e.pseudonym, label(e));
    return out;
}

std::vector<const ResidentDirectory::Entry *> ResidentDirectory::search(const QString &text,
                                                                        int limit) const
{
    const QString needle = text.trimmed();
    bool isNumber = false;
    const qint64 number = needle.toLongLong(&isNumber);
    std::vector<const Entry *> out;
    for (const Entry &e : m_entries) {
        if (int(out.size()) >= limit)
            break;
        const bool match = needle.isEmpty() || (isNumber && e.residentNo == number)
            || (!e.name.isEmpty() && e.name.contains(needle, Qt::CaseInsensitive))
            || (!e.maskedName.isEmpty() && e.maskedName.contains(needle))
            || (isNumber && QString::number(e.residentNo).startsWith(needle));
        if (match)
            out.push_back(&e);
    }
    return out;
}

} // namespace ui
