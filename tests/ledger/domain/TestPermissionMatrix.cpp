#include "ledger/domain/Permissions.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ledger;
using namespace ledger::domain;

// Reads the matrix table of docs/permissions.md and compares it with the
// code cell by cell, so the document and the enforcement cannot drift.
class TestPermissionMatrix : public QObject
{
    Q_OBJECT

    struct DocRow {
        int type = 0;
        QString name;
        QStringList cells;
    };

    static QList<DocRow> readDoc()
    {
        QFile f(QStringLiteral(GONGZHI_SOURCE_DIR "/docs/permissions.md"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read docs/permissions.md");
        const QString text = QString::fromUtf8(f.readAll());
        static const QRegularExpression row(
            QStringLiteral(
                R"(^\|\s*(\d+)\s*\|\s*`([a-z_]+)`\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|\s*$)"),
            QRegularExpression::MultilineOption);
        QList<DocRow> rows;
        for (auto it = row.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            rows.append(
                { m.captured(1).toInt(),
                  m.captured(2),
                  { m.captured(3), m.captured(4), m.captured(5), m.captured(6), m.captured(7) } });
        }
        return rows;
    }

private slots:
    void header_namesTheActorsInOrder()
    {
        QFile f(QStringLiteral(GONGZHI_SOURCE_DIR "/docs/permissions.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readAll())
                    .contains(QStringLiteral(
                        "| type | name | staff | secretary | auditor | admin | node |")));
        for (int a = 0; a < ActorCount; ++a)
            QVERIFY(QByteArray(actorName(Actor(a))).size() > 0);
    }

    void everyCell_matchesTheCode()
    {
        const auto rows = readDoc();
        QVERIFY(rows.size() > 30);
        int cells = 0;
        for (const DocRow &r : rows) {
            QVERIFY2(chain::isKnownTxType(std::uint16_t(r.type)), qPrintable(r.name));
            const auto type = chain::TxType(r.type);
            QCOMPARE(QString::fromLatin1(chain::txTypeName(type)), r.name);
            for (int a = 0; a < ActorCount; ++a) {
                const QString code
                    = QString::fromLatin1(permissionName(permission(type, Actor(a))));
                QVERIFY2(code == r.cells[a],
                         qPrintable(QStringLiteral("%1 × %2: doc says %3, code says %4")
                                        .arg(r.name, QString::fromLatin1(actorName(Actor(a))),
                                             r.cells[a], code)));
                ++cells;
            }
        }
        QCOMPARE(cells, int(rows.size()) * ActorCount);
    }

    void everyKnownType_isInTheTableOnce()
    {
        QSet<int> documented;
        for (const DocRow &r : readDoc()) {
            QVERIFY2(!documented.contains(r.type), qPrintable(r.name));
            documented.insert(r.type);
        }
        for (int v = 2; v < 65536; ++v) {
            if (chain::isKnownTxType(std::uint16_t(v)))
                QVERIFY2(documented.contains(v), chain::txTypeName(chain::TxType(v)));
        }
        QVERIFY(!documented.contains(int(chain::TxType::Genesis)));
        for (int a = 0; a < ActorCount; ++a)
            QCOMPARE(permission(chain::TxType::Genesis, Actor(a)), Permission::Denied);
    }

    void severalRoles_getTheMostPermissiveCell()
    {
        const auto staff = std::uint8_t(chain::Role::Staff);
        const auto secretary = std::uint8_t(chain::Role::Secretary);
        const auto auditor = std::uint8_t(chain::Role::Auditor);
        QCOMPARE(permissionForRoles(chain::TxType::RecordAmended, staff),
                 Permission::NeedsApproval);
        QCOMPARE(permissionForRoles(chain::TxType::RecordAmended, staff | secretary),
                 Permission::Allowed);
        QCOMPARE(permissionForRoles(chain::TxType::ScoreReversed, auditor),
                 Permission::NeedsApproval);
        QCOMPARE(permissionForRoles(chain::TxType::RecordApproved, staff | auditor),
                 Permission::Denied);
        QCOMPARE(permissionForRoles(chain::TxType::RecordSubmitted, 0), Permission::Denied);
    }
};

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "TestPermissionMatrix.moc"
