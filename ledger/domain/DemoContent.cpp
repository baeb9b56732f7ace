#include "ledger/domain/DemoContent.h"

namespace ledger::domain::demo::content {

namespace {
QStringList split(const char16_t *s)
{
    return QString::fromUtf16(s).split(u' ', Qt::SkipEmptyParts);
}
QString s(const char16_t *t)
{
    return QString::fromUtf16(t);
}
} // namespace

const QStringList Surnames
    = split(u"王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 "
            u"邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 "
            u"陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 欧阳");
const QStringList GivenChars = split(
    u"伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 兰 建 国 红 春 梅 "
    u"海 燕 鹏 飞 志 峰 辉 宁 婷 雪 琳 博 浩 宇 晨 欣 悦 诗 雨 子 涵 思 文 德 福 贵 荣 庆 祥 淑 珍 "
    u"凤 莲 翠 彬 斌 凯 亮 龙 云 岩 林 波 鑫 佳 瑶 晓 慧 颖 丹 倩 萍 蕾 毅 俊 帆 泽 睿 轩 铭 昊");
const QStringList Buildings = split(u"幸福里 和谐苑 龙湖小区 锦绣家园 阳光花园 东关新村");

const std::vector<OrgSpec> Organizations = {
    { chain::OrgKind::PartyCommittee, u"城关镇幸福里社区党委", 4, false },
    { chain::OrgKind::ResidentsCommittee, u"幸福里社区居民委员会", 6, false },
    { chain::OrgKind::StreetOffice, u"城关镇街道办事处", 4, false },
    { chain::OrgKind::PropertyManagement, u"鸿运物业服务有限公司", 6, false },
    { chain::OrgKind::SocialOrganization, u"幸福里志愿服务队", 4, false },
    { chain::OrgKind::SupervisionCommittee, u"幸福里社区居务监督委员会", 2, true },
};

ScoringHandbook handbook()
{
    ScoringHandbook h;
    h.version = 1;
    h.title = s(u"幸福里社区积分制管理手册（2026年版）");
    h.categories = { { QStringLiteral("civic"), s(u"志愿服务") },
                     { QStringLiteral("env"), s(u"环境卫生") },
                     { QStringLiteral("family"), s(u"家庭美德") },
                     { QStringLiteral("party"), s(u"党建引领") },
                     { QStringLiteral("penalty"), s(u"扣分事项") } };
    auto r = [](const char *code, const char *cat, const char16_t *title, std::int64_t pts,
                std::int64_t cap, bool ev) {
        return ScoringRule {
            QString::fromLatin1(code), QString::fromLatin1(cat), s(title), pts, cap, ev
        };
    };
    h.rules = {
        r("VOL", "civic", u"参加志愿服务（每次）", 5, 20, false),
        r("ACT", "civic", u"参加社区活动（签到）", 3, 15, false),
        r("HELP", "civic", u"邻里互助", 5, 10, false),
        r("BLOOD", "civic", u"无偿献血", 20, 20, true),
        r("SORT", "env", u"垃圾分类示范户", 2, 10, false),
        r("CLEAN", "env", u"门前三包达标", 2, 4, false),
        r("FILIAL", "family", u"孝老爱亲", 10, 20, true),
        r("MEETING", "party", u"参加居民议事会", 3, 6, false),
        r("PIONEER", "party", u"党员先锋岗值守", 5, 10, false),
        r("MESS", "penalty", u"楼道乱堆乱放", -5, 0, false),
        r("DOG", "penalty", u"不文明养犬", -3, 0, false),
        r("PARK", "penalty", u"违规停车占用消防通道", -2, 0, false),
        r("THROW", "penalty", u"高空抛物", -10, 0, true),
        r("FIRE", "penalty", u"私拉电线为电动车充电", -15, 0, true),
    };
    h.levels = { { s(u"一星文明户"), 20 },
                 { s(u"二星文明户"), 50 },
                 { s(u"三星文明户"), 100 },
                 { s(u"四星文明户"), 200 },
                 { s(u"五星文明户"), 400 } };
    return h;
}

const std::vector<RuleUse> RuleWeights = {
    { "VOL", 20 },   { "HELP", 10 },   { "BLOOD", 1 },   { "SORT", 25 }, { "CLEAN", 12 },
    { "FILIAL", 5 }, { "MEETING", 6 }, { "PIONEER", 4 }, { "MESS", 6 },  { "DOG", 4 },
    { "PARK", 5 },   { "THROW", 1 },   { "FIRE", 1 },
};

const std::vector<StoreItem> StoreItems = {
    { "OIL", u"食用油（5升）", 80 }, { "RICE", u"大米（10斤）", 60 },
    { "DETERGENT", u"洗衣液", 30 },  { "EGGS", u"鸡蛋（一盒）", 20 },
    { "HAIRCUT", u"理发券", 15 },    { "TOOTHPASTE", u"牙膏", 12 },
    { "TOWEL", u"毛巾", 10 },
};

FeedbackCategoriesSet feedbackCategories()
{
    auto c = [](const char *code, const char16_t *name, std::uint32_t org, std::uint32_t days) {
        return FeedbackCategory { QString::fromLatin1(code), s(name), org, days };
    };
    return FeedbackCategoriesSet { { c("env", u"环境卫生", 4, 3), c("property", u"物业服务", 4, 5),
                                     c("safety", u"治安消防", 3, 2), c("help", u"困难求助", 2, 3),
                                     c("parking", u"停车管理", 4, 5),
                                     c("suggest", u"社区建设建议", 2, 10),
                                     c("policy", u"政策咨询与积分申诉", 3, 7) } };
}

QStringList feedbackTexts(const QString &category)
{
    if (category == QLatin1String("env"))
        return { s(u"3号楼门口垃圾桶已满两天无人清运"), s(u"小区东门绿化带有大量建筑垃圾"),
                 s(u"楼道里有人长期堆放纸箱，气味难闻"), s(u"下水道堵塞，雨后积水严重") };
    if (category == QLatin1String("property"))
        return { s(u"5号楼电梯经常停运，老人上下楼困难"), s(u"单元门禁坏了一周还没修"),
                 s(u"楼道声控灯不亮，晚上出行不安全"), s(u"物业费收支希望能公开明细") };
    if (category == QLatin1String("safety"))
        return { s(u"地下车库有人私拉电线给电动车充电"), s(u"消防通道被车辆长期占用"),
                 s(u"夜间小区西侧路段有陌生人徘徊"), s(u"灭火器过期未更换") };
    if (category == QLatin1String("help"))
        return { s(u"独居老人行动不便，希望有人定期上门看望"),
                 s(u"家中老人需要办理残疾证，不知道流程"),
                 s(u"孩子放学后无人照看，希望社区开办托管"), s(u"低保申请材料不会填写，请求帮助") };
    if (category == QLatin1String("parking"))
        return { s(u"小区停车位不够，外来车辆随意停放"), s(u"建议规划电动车集中充电区域"),
                 s(u"非机动车乱停乱放堵塞通道") };
    if (category == QLatin1String("suggest"))
        return { s(u"建议在小广场增设健身器材"), s(u"希望社区多组织亲子活动"),
                 s(u"建议设立老年食堂"), s(u"希望加装楼道扶手方便老人") };
    return { s(u"对上月扣分有异议，当时并非本人所为"), s(u"想了解积分兑换的具体规则"),
             s(u"咨询老旧小区改造补贴政策") };
}

const QStringList Replies = { s(u"已收到，正在安排人员核实"), s(u"感谢反映，已转交相关负责同志"),
                              s(u"已现场查看，将尽快处理"), s(u"已联系责任单位，预计三日内解决") };
const QStringList Resolutions
    = { s(u"已处理完毕，请您确认"), s(u"已安排清理并加强巡查"), s(u"已维修完成"),
        s(u"已上门走访并提供帮助"), s(u"已答复政策依据，欢迎继续监督") };

const std::vector<RecordTemplate> &recordTemplates(std::uint8_t kind)
{
    static const std::vector<std::vector<RecordTemplate>> all = {
        {},
        { { u"%1月主题党日活动安排",
            u"本月主题党日围绕“党建引领基层治理”开展学习，请全体党员准时参加。" },
          { u"%1月党费收缴情况公示", u"本月应缴党员人数及实缴情况如下，接受党员监督。" },
          { u"发展党员公示（%1月）", u"经支部大会讨论，拟接收以下同志为预备党员，公示期七天。" } },
        { { u"%1月低保及救助审核结果公示",
            u"经入户调查和评议，以下家庭符合救助条件，公示期内如有异议请反映。" },
          { u"小区停车位分配方案公示（%1月）",
            u"根据居民议事会讨论结果，现将停车位分配方案予以公示。" },
          { u"老旧小区改造进展通报（%1月）",
            u"本月完成外墙保温及管网改造工程，下月开始道路硬化。" } },
        { { u"%1月社区财务收支公开", u"现将本月社区收支情况逐项公开，接受居民监督。" },
          { u"%1月为民服务经费使用公开", u"本月为民服务专项经费使用明细如下。" } },
        { { u"关于规范电动车充电管理的决定",
            u"经居民议事会表决通过，禁止在楼道及室内为电动车充电。" },
          { u"关于加装电梯意见征集结果的决议",
            u"经过征求意见，3号楼、5号楼符合加装条件，启动加装程序。" },
          { u"关于设立社区老年食堂的决议", u"经两委会研究，拟在社区服务中心一楼设立老年食堂。" } },
        { { u"清理%1月楼道堆放杂物", u"请物业公司在期限内完成各楼道杂物清理并拍照留存。" },
          { u"维修小区破损路面（%1月）", u"东门至5号楼路段破损严重，请尽快修复。" },
          { u"排查电动车违规充电隐患（%1月）", u"对全部地下车库和楼道开展排查并登记整改。" } },
        { { u"重阳节敬老志愿服务（%1月）", u"为辖区高龄老人提供理发、打扫等志愿服务。" },
          { u"垃圾分类宣传进小区（%1月）", u"开展垃圾分类知识讲解和有奖问答。" },
          { u"文明家庭评选表彰会（%1月）", u"表彰本季度文明家庭，分享家风故事。" },
          { u"义务植树活动（%1月）", u"在小区东侧绿地补种树木，欢迎居民报名参加。" } },
    };
    return all.at(kind);
}

const std::vector<std::pair<const char16_t *, std::int64_t>> IncomeItems
    = { { u"上级专项拨款", 5000000 },
        { u"党组织服务群众经费", 2000000 },
        { u"社会捐赠", 300000 },
        { u"场地租赁收入", 800000 } };
const std::vector<std::pair<const char16_t *, std::int64_t>> ExpenseItems
    = { { u"路灯维修", 238000 },     { u"绿化养护", 560000 },         { u"办公用品", 45000 },
        { u"活动物资采购", 120000 }, { u"积分超市兑换物资", 350000 }, { u"公共区域保洁", 420000 },
        { u"消防器材更换", 180000 } };
const QStringList ProgressNotes = { s(u"已完成现场勘查，正在组织实施"), s(u"已完成约一半工作量"),
                                    s(u"施工队已进场"), s(u"已完成排查登记，正在督促整改") };
const QStringList ScoreNotes = { s(u"网格员现场确认"), s(u"居民推荐，经核实"), s(u"志愿服务记录"),
                                 s(u"巡查发现"), QString() };

} // namespace ledger::domain::demo::content
