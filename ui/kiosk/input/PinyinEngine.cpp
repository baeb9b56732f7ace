#include "ui/kiosk/input/PinyinEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QThread>

#include <mutex>
#include <rime_api.h>

namespace ui::kiosk {

namespace {

constexpr const char *Schema = "gongzhi_pinyin";
constexpr int PageDownKey = 0xff56; // XK_Page_Down
constexpr int PageUpKey = 0xff55;
constexpr int BackSpaceKey = 0xff08;

// RIME keeps global state: set it up once per process, from one thread.
std::once_flag s_rimeOnce;
bool s_rimeOk = false;

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
}

bool deploy(const QString &userDataDir)
{
    QDir().mkpath(userDataDir);
    // Debian's rime-data ships no default.yaml: name the one schema here.
    writeFile(userDataDir + QStringLiteral("/default.yaml"),
              "config_version: \"gongzhi-1\"\nschema_list:\n  - schema: gongzhi_pinyin\n"
              "menu:\n  page_size: 8\n");
    // Our own schema over Debian's pinyin_simp dictionary: the packaged
    // schema imports presets Debian does not ship (so a patch to it never
    // compiles) and keeps a user dictionary; this one has none, so nothing
    // a resident types is learned or written to disk.
    writeFile(userDataDir + QStringLiteral("/gongzhi_pinyin.schema.yaml"),
              "schema:\n"
              "  schema_id: gongzhi_pinyin\n"
              "  name: 共治拼音\n"
              "  version: \"1\"\n"
              "engine:\n"
              "  processors:\n"
              "    - speller\n"
              "    - selector\n"
              "    - navigator\n"
              "    - express_editor\n"
              "  segmentors:\n"
              "    - abc_segmentor\n"
              "    - fallback_segmentor\n"
              "  translators:\n"
              "    - script_translator\n"
              "speller:\n"
              "  alphabet: zyxwvutsrqponmlkjihgfedcba\n"
              "  delimiter: \" '\"\n"
              "  algebra:\n"
              "    - erase/^hm$/\n"
              "    - erase/^m$/\n"
              "    - erase/^n$/\n"
              "    - erase/^ng$/\n"
              "    - abbrev/^([a-z]).+$/$1/\n"
              "    - abbrev/^([zcs]h).+$/$1/\n"
              "    - derive/^([nl])ue$/$1ve/\n"
              "    - derive/^([jqxy])u/$1v/\n"
              "    - derive/un$/uen/\n"
              "    - derive/ui$/uei/\n"
              "    - derive/iu$/iou/\n"
              "    - derive/([aeiou])ng$/$1gn/\n"
              "    - derive/([dtngkhrzcs])o(u|ng)$/$1o/\n"
              "    - derive/ong$/on/\n"
              "    - derive/ao$/oa/\n"
              "    - derive/([iu])a(o|ng?)$/a$1$2/\n"
              "translator:\n"
              "  dictionary: pinyin_simp\n"
              "  enable_user_dict: false\n"
              "  preedit_format:\n"
              "    - xform/([nl])v/$1ü/\n"
              "    - xform/([nl])ue/$1üe/\n"
              "    - xform/([jqxy])v/$1u/\n");
    static QByteArray userDir;
    userDir = QFile::encodeName(userDataDir);
    RIME_STRUCT(RimeTraits, traits);
    traits.shared_data_dir = "/usr/share/rime-data";
    traits.user_data_dir = userDir.constData();
    traits.distribution_name = "Gongzhi";
    traits.distribution_code_name = "gongzhi";
    traits.distribution_version = "1";
    traits.app_name = "rime.gongzhi";
    traits.min_log_level = 3; // fatal only: RIME's log would record input
    RimeApi *api = rime_get_api();
    api->setup(&traits);
    api->initialize(&traits);
    if (api->start_maintenance(True))
        api->join_maintenance_thread();
    return true;
}

} // namespace

PinyinEngine::PinyinEngine(QString userDataDir, QObject *parent)
    : QObject(parent)
    , m_userDataDir(std::move(userDataDir))
{
}

PinyinEngine::~PinyinEngine()
{
    if (m_session)
        rime_get_api()->destroy_session(m_session);
}

void PinyinEngine::start()
{
    if (m_session)
        return;
    QPointer<PinyinEngine> self(this);
    const QString dir = m_userDataDir;
    QThread *worker = QThread::create([self, dir] {
        std::call_once(s_rimeOnce, [&] { s_rimeOk = deploy(dir); });
        const bool ok = s_rimeOk;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ok] {
                if (!self)
                    return;
                RimeApi *api = rime_get_api();
                const RimeSessionId session = ok ? api->create_session() : 0;
                if (!session || !api->select_schema(session, Schema)) {
                    Q_EMIT self->failed(
                        QStringLiteral("RIME could not load the gongzhi_pinyin schema"));
                    return;
                }
                self->m_session = session;
                Q_EMIT self->ready();
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void PinyinEngine::typeLetter(char letter)
{
    if (!m_session || letter < 'a' || letter > 'z')
        return;
    rime_get_api()->process_key(m_session, letter, 0);
    refresh();
}

void PinyinEngine::backspace()
{
    if (!m_session)
        return;
    rime_get_api()->process_key(m_session, BackSpaceKey, 0);
    refresh();
}

void PinyinEngine::clear()
{
    if (m_session)
        rime_get_api()->clear_composition(m_session);
    m_preedit.fill(QLatin1Char(' '));
    m_preedit.clear();
    m_candidates.clear();
    m_morePages = false;
    Q_EMIT compositionChanged();
}

void PinyinEngine::nextPage()
{
    if (!m_session)
        return;
    rime_get_api()->process_key(m_session, PageDownKey, 0);
    refresh();
}

void PinyinEngine::previousPage()
{
    if (!m_session)
        return;
    rime_get_api()->process_key(m_session, PageUpKey, 0);
    refresh();
}

QString PinyinEngine::choose(int index)
{
    if (!m_session || index < 0 || index >= m_candidates.size())
        return QString();
    rime_get_api()->select_candidate_on_current_page(m_session, size_t(index));
    const QString committed = takeCommit();
    refresh();
    return committed;
}

QString PinyinEngine::takeCommit()
{
    RimeApi *api = rime_get_api();
    RIME_STRUCT(RimeCommit, commit);
    QString text;
    if (api->get_commit(m_session, &commit)) {
        text = QString::fromUtf8(commit.text);
        api->free_commit(&commit);
    }
    return text;
}

void PinyinEngine::refresh()
{
    RimeApi *api = rime_get_api();
    RIME_STRUCT(RimeContext, context);
    m_preedit.clear();
    m_candidates.clear();
    m_morePages = false;
    if (api->get_context(m_session, &context)) {
        if (context.composition.preedit)
            m_preedit = QString::fromUtf8(context.composition.preedit);
        for (int i = 0; i < context.menu.num_candidates; ++i)
            m_candidates << QString::fromUtf8(context.menu.candidates[i].text);
        m_morePages = !context.menu.is_last_page;
        api->free_context(&context);
    }
    Q_EMIT compositionChanged();
}

} // namespace ui::kiosk
