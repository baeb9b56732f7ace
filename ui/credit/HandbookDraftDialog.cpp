#include "ui/credit/HandbookDraftDialog.h"

#include "ledger/domain/PayloadCodec.h"
#include "ledger/service/LedgerService.h"
#include "ui/credit/CreditContext.h"
#include "ui/credit/PendingList.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

QString cell(const QTableWidget *t, int row, int column)
{
    const auto *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// A tab page: the table and buttons to add and remove rows.
QWidget *editor(QTableWidget *table, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *add
        = new QPushButton(QCoreApplication::translate("ui::HandbookDraftDialog", "Add row"), page);
    auto *remove = new QPushButton(
        QCoreApplication::translate("ui::HandbookDraftDialog", "Remove row"), page);
    QObject::connect(add, &QPushButton::clicked, table,
                     [table] { addRow(table, QStringList(table->columnCount(), QString())); });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(add);
    bar->addWidget(remove);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(table, 1);
    layout->addLayout(bar);
    return page;
}

} // namespace

HandbookDraftDialog::HandbookDraftDialog(CreditContext &credit, QWidget *parent)
    : QDialog(parent)
    , m_credit(credit)
    , m_versionLabel(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_categories(makeTable(this, QStringLiteral("categoriesEdit"), { tr("Code"), tr("Name") }))
    , m_rules(makeTable(this, QStringLiteral("rulesEdit"),
                        { tr("Code"), tr("Category code"), tr("Title"), tr("Points"),
                          tr("Monthly cap (0 = none)"), tr("Evidence (yes/no)") }))
    , m_levels(makeTable(this, QStringLiteral("levelsEdit"), { tr("Name"), tr("From points") }))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("handbookDraftDialog"));
    setWindowTitle(tr("New handbook version"));
    m_title->setObjectName(QStringLiteral("draftTitleEdit"));
    m_message->setObjectName(QStringLiteral("draftMessage"));
    m_message->setWordWrap(true);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(editor(m_categories, tabs), tr("Categories"));
    tabs->addTab(editor(m_rules, tabs), tr("Rules"));
    tabs->addTab(editor(m_levels, tabs), tr("Levels"));
    auto *form = new QFormLayout;
    form->addRow(tr("Version"), m_versionLabel);
    form->addRow(tr("Title"), m_title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *save = buttons->addButton(tr("Save draft"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveDraftButton"));
    auto *send = buttons->addButton(tr("Send for approval"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendForApprovalButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &HandbookDraftDialog::saveDraft);
    connect(send, &QPushButton::clicked, this, [this] {
        if (HandbookDraftDialog::send())
            accept();
    });
    resize(900, 600);

    m_version = m_credit.handbook ? m_credit.handbook->handbook.version + 1 : 1;
    m_versionLabel->setText(
        tr("%1 (takes effect when a party committee secretary approves it)").arg(m_version));
    if (!loadDraft() && m_credit.handbook)
        fill(m_credit.handbook->handbook);
}

void HandbookDraftDialog::fill(const ledger::domain::ScoringHandbook &h)
{
    m_title->setText(h.title);
    for (auto *t : { m_categories, m_rules, m_levels })
        t->setRowCount(0);
    for (const auto &c : h.categories)
        addRow(m_categories, { c.code, c.name });
    for (const auto &r : h.rules) {
        addRow(m_rules,
               { r.code, r.categoryCode, r.title, QString::number(r.points),
                 QString::number(r.capPerPeriod), r.evidenceRequired ? tr("yes") : tr("no") });
    }
    for (const auto &l : h.levels)
        addRow(m_levels, { l.name, QString::number(l.minPoints) });
    for (auto *t : { m_categories, m_rules, m_levels })
        t->resizeColumnsToContents();
}

ledger::core::Result<ledger::domain::ScoringHandbook> HandbookDraftDialog::handbook() const
{
    ledger::domain::ScoringHandbook h;
    h.version = m_version;
    h.title = m_title->text().trimmed();
    for (int r = 0; r < m_categories->rowCount(); ++r)
        h.categories.push_back({ cell(m_categories, r, 0), cell(m_categories, r, 1) });
    for (int r = 0; r < m_rules->rowCount(); ++r) {
        bool pointsOk = false;
        bool capOk = false;
        ledger::domain::ScoringRule rule;
        rule.code = cell(m_rules, r, 0);
        rule.categoryCode = cell(m_rules, r, 1);
        rule.title = cell(m_rules, r, 2);
        rule.points = cell(m_rules, r, 3).toLongLong(&pointsOk);
        rule.capPerPeriod
            = cell(m_rules, r, 4).isEmpty() ? 0 : cell(m_rules, r, 4).toLongLong(&capOk);
        if (cell(m_rules, r, 4).isEmpty())
            capOk = true;
        const QString evidence = cell(m_rules, r, 5).toLower();
        rule.evidenceRequired = evidence == tr("yes") || evidence == QStringLiteral("yes")
            || evidence == QStringLiteral("1");
        if (!pointsOk || !capOk)
            return ledger::core::fail(
                ledger::core::ErrorCode::BadValue,
                tr("rule %1: points and cap must be whole numbers").arg(r + 1));
        h.rules.push_back(rule);
    }
    for (int r = 0; r < m_levels->rowCount(); ++r) {
        bool ok = false;
        const auto min = cell(m_levels, r, 1).toLongLong(&ok);
        if (!ok)
            return ledger::core::fail(ledger::core::ErrorCode::BadValue,
                                      tr("level %1: points must be a whole number").arg(r + 1));
        h.levels.push_back({ cell(m_levels, r, 0), min });
    }
    GONGZHI_CHECK(h.validate());
    return h;
}

QString HandbookDraftDialog::draftPath() const
{
    return m_credit.app.ledger->dataDir() + QStringLiteral("/drafts/handbook.json");
}

bool HandbookDraftDialog::loadDraft()
{
    QFile file(draftPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    // A draft prepared against an older version in effect is stale.
    if (o.value(QStringLiteral("version")).toInt() != int(m_version))
        return false;
    ledger::domain::ScoringHandbook h;
    h.title = o.value(QStringLiteral("title")).toString();
    for (const auto v : o.value(QStringLiteral("categories")).toArray()) {
        const auto a = v.toArray();
        h.categories.push_back({ a.at(0).toString(), a.at(1).toString() });
    }
    for (const auto v : o.value(QStringLiteral("rules")).toArray()) {
        const auto a = v.toArray();
        h.rules.push_back({ a.at(0).toString(), a.at(1).toString(), a.at(2).toString(),
                            qint64(a.at(3).toDouble()), qint64(a.at(4).toDouble()),
                            a.at(5).toBool() });
    }
    for (const auto v : o.value(QStringLiteral("levels")).toArray()) {
        const auto a = v.toArray();
        h.levels.push_back({ a.at(0).toString(), qint64(a.at(1).toDouble()) });
    }
    fill(h);
    m_message->setText(tr("Continuing the draft saved on this PC."));
    return true;
}

bool HandbookDraftDialog::saveDraft()
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), int(m_version));
    o.insert(QStringLiteral("title"), m_title->text());
    QJsonArray categories, rules, levels;
    for (int r = 0; r < m_categories->rowCount(); ++r)
        categories.append(QJsonArray { cell(m_categories, r, 0), cell(m_categories, r, 1) });
    for (int r = 0; r < m_rules->rowCount(); ++r) {
        const QString evidence = cell(m_rules, r, 5).toLower();
        rules.append(QJsonArray { cell(m_rules, r, 0), cell(m_rules, r, 1), cell(m_rules, r, 2),
                                  cell(m_rules, r, 3).toDouble(), cell(m_rules, r, 4).toDouble(),
                                  evidence == tr("yes") || evidence == QStringLiteral("yes") });
    }
    for (int r = 0; r < m_levels->rowCount(); ++r)
        levels.append(QJsonArray { cell(m_levels, r, 0), cell(m_levels, r, 1).toDouble() });
    o.insert(QStringLiteral("categories"), categories);
    o.insert(QStringLiteral("rules"), rules);
    o.insert(QStringLiteral("levels"), levels);
    QDir().mkpath(QFileInfo(draftPath()).absolutePath());
    QSaveFile file(draftPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0
        || !file.commit()) {
        m_message->setText(tr("The draft could not be saved: %1").arg(file.errorString()));
        return false;
    }
    m_message->setText(tr("Draft saved on this PC. Nothing is on the ledger until you send it."));
    return true;
}

bool HandbookDraftDialog::send()
{
    const auto h = handbook();
    if (!h) {
        m_message->setText(tr("The draft is not complete: %1").arg(h.error().toString()));
        return false;
    }
    m_credit.pending.submit(ledger::chain::TxType::HandbookProposed,
                            ledger::domain::encodePayload(*h),
                            tr("Handbook version %1 sent for approval").arg(h->version));
    QFile::remove(draftPath());
    return true;
}

} // namespace ui
