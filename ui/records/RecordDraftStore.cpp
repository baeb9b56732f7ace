#include "ui/records/RecordDraftStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace ledger;

namespace ui {

namespace {

core::Error sqlError(const QSqlError &e, const QString &what)
{
    return core::Error(core::ErrorCode::Io, what + QStringLiteral(": ") + e.text());
}

} // namespace

RecordDraftStore::~RecordDraftStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

core::Result<std::unique_ptr<RecordDraftStore>> RecordDraftStore::open(const QString &path)
{
    std::unique_ptr<RecordDraftStore> store(new RecordDraftStore);
    store->m_connection = QStringLiteral("drafts-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return core::fail(sqlError(db.lastError(), path));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS drafts (id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " author BLOB NOT NULL, fields TEXT NOT NULL, updated_ms INTEGER NOT NULL,"
            " submitted_tx BLOB)")))
        return core::fail(sqlError(q.lastError(), path));
    return store;
}

core::Result<qint64> RecordDraftStore::save(const QByteArray &author, const RecordDraft &draft)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (draft.id == 0) {
        q.prepare(
            QStringLiteral("INSERT INTO drafts (author, fields, updated_ms) VALUES (?, ?, ?)"));
        q.addBindValue(author);
    } else {
        q.prepare(QStringLiteral(
            "UPDATE drafts SET fields = ?, updated_ms = ? WHERE id = ? AND author = ?"));
    }
    q.addBindValue(QString::fromUtf8(toJson(draft.record)));
    q.addBindValue(now);
    if (draft.id != 0) {
        q.addBindValue(draft.id);
        q.addBindValue(author);
    }
    if (!q.exec())
        return core::fail(sqlError(q.lastError(), QStringLiteral("save draft")));
    return draft.id == 0 ? q.lastInsertId().toLongLong() : draft.id;
}

core::Status RecordDraftStore::remove(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return core::fail(sqlError(q.lastError(), QStringLiteral("remove draft")));
    return {};
}

core::Status RecordDraftStore::markSubmitted(qint64 id, const QByteArray &txId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE drafts SET submitted_tx = ? WHERE id = ?"));
    q.addBindValue(txId);
    q.addBindValue(id);
    if (!q.exec())
        return core::fail(sqlError(q.lastError(), QStringLiteral("mark draft submitted")));
    return {};
}

core::Result<std::vector<RecordDraft>> RecordDraftStore::drafts(const QByteArray &author) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, fields, updated_ms, submitted_tx FROM drafts"
                             " WHERE author = ? ORDER BY updated_ms DESC, id DESC"));
    q.addBindValue(author);
    if (!q.exec())
        return core::fail(sqlError(q.lastError(), QStringLiteral("list drafts")));
    std::vector<RecordDraft> out;
    while (q.next()) {
        RecordDraft d;
        d.id = q.value(0).toLongLong();
        d.record = fromJson(q.value(1).toString().toUtf8());
        d.updatedMs = q.value(2).toLongLong();
        d.submittedTx = q.value(3).toByteArray();
        out.push_back(std::move(d));
    }
    return out;
}

QByteArray RecordDraftStore::toJson(const domain::RecordSubmitted &r)
{
    QJsonArray lines;
    for (const auto &l : r.content.lines) {
        lines.append(QJsonObject { { QStringLiteral("direction"), int(l.direction) },
                                   { QStringLiteral("item"), l.item },
                                   { QStringLiteral("fen"), QString::number(l.amountFen) } });
    }
    QJsonArray attachments;
    for (const auto &a : r.content.attachments) {
        attachments.append(QJsonObject { { QStringLiteral("sha256"), a.sha256.toHex() },
                                         { QStringLiteral("size"), QString::number(a.size) },
                                         { QStringLiteral("name"), a.name } });
    }
    // 64-bit values as strings: JSON numbers are doubles.
    const QJsonObject o { { QStringLiteral("kind"), int(r.kind) },
                          { QStringLiteral("title"), r.content.title },
                          { QStringLiteral("body"), r.content.body },
                          { QStringLiteral("lines"), lines },
                          { QStringLiteral("attachments"), attachments },
                          { QStringLiteral("assignee"), qint64(r.assigneeOrgId) },
                          { QStringLiteral("deadline"), QString::number(r.deadlineMs) },
                          { QStringLiteral("start"), QString::number(r.activityStartMs) },
                          { QStringLiteral("end"), QString::number(r.activityEndMs) },
                          { QStringLiteral("capacity"), qint64(r.capacity) },
                          { QStringLiteral("awardRule"), r.awardRuleCode } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

domain::RecordSubmitted RecordDraftStore::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    domain::RecordSubmitted r;
    const int kind = o.value(QStringLiteral("kind")).toInt(1);
    if (domain::isKnownRecordKind(std::uint8_t(kind)))
        r.kind = domain::RecordKind(kind);
    r.content.title = o.value(QStringLiteral("title")).toString();
    r.content.body = o.value(QStringLiteral("body")).toString();
    for (const auto &v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        const int dir = l.value(QStringLiteral("direction")).toInt(2);
        r.content.lines.push_back(
            { dir == 1 ? domain::LineDirection::Income : domain::LineDirection::Expense,
              l.value(QStringLiteral("item")).toString(),
              l.value(QStringLiteral("fen")).toString().toLongLong() });
    }
    for (const auto &v : o.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject a = v.toObject();
        domain::AttachmentRef ref;
        if (auto d = crypto::Digest::fromHex(a.value(QStringLiteral("sha256")).toString()))
            ref.sha256 = *d;
        ref.size = a.value(QStringLiteral("size")).toString().toULongLong();
        ref.name = a.value(QStringLiteral("name")).toString();
        r.content.attachments.push_back(std::move(ref));
    }
    r.assigneeOrgId = std::uint32_t(o.value(QStringLiteral("assignee")).toInteger());
    r.deadlineMs = o.value(QStringLiteral("deadline")).toString().toLongLong();
    r.activityStartMs = o.value(QStringLiteral("start")).toString().toLongLong();
    r.activityEndMs = o.value(QStringLiteral("end")).toString().toLongLong();
    r.capacity = std::uint32_t(o.value(QStringLiteral("capacity")).toInteger());
    r.awardRuleCode = o.value(QStringLiteral("awardRule")).toString();
    return r;
}

} // namespace ui
