<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdmitCommand</name>
    <message>
        <source>Admit a node from its join request (OrgAdmitted or NodeAdded)</source>
        <translation>按入网申请接纳节点（OrgAdmitted 或 NodeAdded）</translation>
    </message>
    <message>
        <source>The join request file.</source>
        <translation>入网申请文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>a join request without address and incarnation cannot join the cluster</source>
        <translation>缺少地址和存储编号的入网申请无法加入集群</translation>
    </message>
    <message>
        <source>no unused invitation with code %1 was made here</source>
        <translation>本机没有确认码为 %1 的未使用邀请</translation>
    </message>
    <message>
        <source>admitting organization %1 (%2) as %3</source>
        <translation>正在接纳组织 %1（%2），身份：%3</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>学习者</translation>
    </message>
    <message>
        <source>voter</source>
        <translation>投票成员</translation>
    </message>
    <message>
        <source>adding a node of organization %1 as %2</source>
        <translation>正在为组织 %1 添加节点，身份：%2</translation>
    </message>
</context>
<context>
    <name>ApproveCommand</name>
    <message>
        <source>Approve a held transaction (ApprovalGranted)</source>
        <translation>批准待审批的交易（ApprovalGranted）</translation>
    </message>
    <message>
        <source>The held transaction's id.</source>
        <translation>待审批交易的编号。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>An optional comment.</source>
        <translation>可选的审批意见。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>give --data-dir and --tx with 64 hex digits</source>
        <translation>请给出 --data-dir 和 64 位十六进制的 --tx</translation>
    </message>
</context>
<context>
    <name>ClusterInitCommand</name>
    <message>
        <source>Found a consortium of several nodes on this PC (demos, tests, benchmarks).</source>
        <translation>在本机上创建由多个节点组成的共治联盟（用于演示、测试和性能测试）。</translation>
    </message>
    <message>
        <source>How many founding organizations (nodes).</source>
        <translation>创始组织（节点）的数量。</translation>
    </message>
    <message>
        <source>Where to create node1 … nodeN.</source>
        <translation>node1 … nodeN 的创建位置。</translation>
    </message>
    <message>
        <source>The first node's port on 127.0.0.1; the others follow.</source>
        <translation>第一个节点在 127.0.0.1 上的端口；其余节点依次递增。</translation>
    </message>
    <message>
        <source>The community's name.</source>
        <translation>社区名称。</translation>
    </message>
    <message>
        <source>--nodes must be a number from 1 to 50</source>
        <translation>--nodes 必须是 1 到 50 之间的数字</translation>
    </message>
    <message numerus="yes">
        <source>--base-port must leave room for %n port(s) below 65536</source>
        <translation>
            <numerusform>--base-port 必须在 65536 以下留出 %n 个端口</numerusform>
        </translation>
    </message>
    <message>
        <source>--dir is required</source>
        <translation>必须提供 --dir</translation>
    </message>
    <message numerus="yes">
        <source>Founded %1 with %n node(s); consortium %2.</source>
        <translation>
            <numerusform>已创建“%1”，共 %n 个节点；联盟 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1  %2  127.0.0.1:%3  node %4</source>
        <translation>  %1  %2  127.0.0.1:%3  节点 %4</translation>
    </message>
    <message>
        <source>Start each node with: gongzhi-node --data-dir &lt;directory&gt;</source>
        <translation>用以下命令启动各个节点：gongzhi-node --data-dir &lt;目录&gt;</translation>
    </message>
</context>
<context>
    <name>ConsistencyCommand</name>
    <message>
        <source>Print a proof that the chain extends a head recorded earlier (check it with verify-consistency).</source>
        <translation>打印一份证明，说明链延续了先前记录的链头（用 verify-consistency 核验）。</translation>
    </message>
    <message>
        <source>Height of the recorded head.</source>
        <translation>所记录链头的高度。</translation>
    </message>
    <message>
        <source>Hash of the recorded head (64 hex digits).</source>
        <translation>所记录链头的哈希（64 位十六进制）。</translation>
    </message>
    <message>
        <source>Prove against this block instead of the current head.</source>
        <translation>以此区块而非当前链头为终点进行证明。</translation>
    </message>
    <message>
        <source>--from-height (a block height) and --from-hash (64 hex digits) are required</source>
        <translation>必须给出 --from-height（区块高度）和 --from-hash（64 位十六进制）</translation>
    </message>
    <message>
        <source>--to-height must be a block height from %1 (the recorded head) to %2 (the current head)</source>
        <translation>--to-height 必须是从 %1（所记录的链头）到 %2（当前链头）之间的区块高度</translation>
    </message>
    <message>
        <source>the chain does NOT extend that head: it ends at block %1, below the recorded block %2</source>
        <translation>链并未延续该链头：链止于区块 %1，低于所记录的区块 %2</translation>
    </message>
    <message>
        <source>the chain does NOT extend that head: block %1 is %2, not %3</source>
        <translation>链并未延续该链头（does NOT extend）：区块 %1 是 %2，而不是 %3</translation>
    </message>
    <message>
        <source>block %1's history root does not match the stored block hashes (run gongzhi-cli verify)</source>
        <translation>区块 %1 的历史根与存储的区块哈希不符（请运行 gongzhi-cli verify）</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>The node's data directory.</source>
        <translation>节点的数据目录。</translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>Create a data directory holding a realistic demo community (six months of records).</source>
        <translation>创建一个数据目录，内含一个逼真的演示社区（六个月的记录）。</translation>
    </message>
    <message>
        <source>Seed of the generator (same seed, same community).</source>
        <translation>生成器的种子（种子相同，社区相同）。</translation>
    </message>
    <message>
        <source>Size: 1 is about 10,000 transactions and 2,000 residents.</source>
        <translation>规模：1 约为 10,000 笔交易和 2,000 名居民。</translation>
    </message>
    <message>
        <source>--seed must be a number and --scale a number from 1 to 1000</source>
        <translation>--seed 必须是数字，--scale 必须是 1 到 1000 之间的数字</translation>
    </message>
    <message>
        <source>Generating the community…</source>
        <translation>正在生成社区……</translation>
    </message>
    <message>
        <source>Demo community "%1": %2 transactions in %3 blocks, %4 residents (%5 s).</source>
        <translation>演示社区“%1”：%3 个区块中共 %2 笔交易，%4 名居民（%5 秒）。</translation>
    </message>
    <message>
        <source>Writing blocks: %1 transactions</source>
        <translation>正在写入区块：%1 笔交易</translation>
    </message>
    <message>
        <source>Several nodes: organizations 1 to N each get a data directory.</source>
        <translation>多个节点：组织 1 至 N 各得一个数据目录。</translation>
    </message>
    <message>
        <source>With --nodes: where to create node1 … nodeN.</source>
        <translation>与 --nodes 一起使用：在何处创建 node1 … nodeN。</translation>
    </message>
    <message>
        <source>With --nodes: the first node's port on 127.0.0.1; the others follow.</source>
        <translation>与 --nodes 一起使用：第一个节点在 127.0.0.1 上的端口，其余依次递增。</translation>
    </message>
    <message numerus="yes">
        <source>The demo community has %n organization(s): --nodes must not exceed it.</source>
        <translation>
            <numerusform>演示社区共有 %n 个组织：--nodes 不能超过此数。</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1  organization %2  %3:%4</source>
        <translation>  %1  组织 %2  %3:%4</translation>
    </message>
    <message>
        <source>Start each node with: gongzhi-node --data-dir &lt;directory&gt;</source>
        <translation>逐个启动节点：gongzhi-node --data-dir &lt;目录&gt;</translation>
    </message>
    <message>
        <source>--nodes must be a number from 1 to the number of organizations</source>
        <translation>--nodes 必须是 1 到组织数之间的数字</translation>
    </message>
    <message numerus="yes">
        <source>--base-port must leave room for %n port(s) below 65536</source>
        <translation>
            <numerusform>--base-port 必须在 65536 以下留出 %n 个端口</numerusform>
        </translation>
    </message>
    <message>
        <source>--dir is required</source>
        <translation>必须指定 --dir</translation>
    </message>
</context>
<context>
    <name>DesktopOptions</name>
    <message>
        <source>Gongzhi community co-governance desktop.</source>
        <translation>共治社区协同治理桌面端。</translation>
    </message>
    <message>
        <source>This PC's node data directory.</source>
        <translation>本机节点的数据目录。</translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Start as the self-service kiosk.</source>
        <translation>以自助终端模式启动。</translation>
    </message>
    <message>
        <source>Save a PNG of every page and dialog into OUTDIR, then quit.</source>
        <translation>将每个页面和对话框保存为 PNG 到 OUTDIR，然后退出。</translation>
    </message>
    <message>
        <source>Sign in at once as a staff member or the party secretary: staff or secretary.</source>
        <translation>直接以工作人员或党组织书记身份登录：staff 或 secretary。</translation>
    </message>
    <message>
        <source>Password for --as.</source>
        <translation>--as 所用的密码。</translation>
    </message>
    <message>
        <source>--as takes staff or secretary</source>
        <translation>--as 只能是 staff 或 secretary</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en</source>
        <translation>--lang 只能是 zh_CN 或 en</translation>
    </message>
    <message>
        <source>Measure start-up, every page's open time and scrolling (with --as), print the figures, then quit.</source>
        <translation>测量启动时间、每个页面的打开时间和列表滚动（配合 --as），打印结果后退出。</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Party committee</source>
        <translation>社区党委</translation>
    </message>
    <message>
        <source>Residents' committee</source>
        <translation>居委会</translation>
    </message>
    <message>
        <source>Street office</source>
        <translation>街道办</translation>
    </message>
    <message>
        <source>Property management</source>
        <translation>物业公司</translation>
    </message>
    <message>
        <source>Social organization</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Supervision committee</source>
        <translation>监督委员会</translation>
    </message>
    <message>
        <source>Unknown organization kind</source>
        <translation>未知的组织类型</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Party secretary</source>
        <translation>党组织书记</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Party affairs</source>
        <translation>党务公开</translation>
    </message>
    <message>
        <source>Residents' affairs</source>
        <translation>居务公开</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>财务公开</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策事项</translation>
    </message>
    <message>
        <source>Work task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Unknown record kind</source>
        <translation>未知的记录类型</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已公开</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>未知状态</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Request for help</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>Unknown feedback kind</source>
        <translation>未知的反映类型</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write the chain as JSON lines, one block per line, for independent audit.</source>
        <translation>将链导出为 JSON 行，每行一个区块，供独立审计。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入文件 FILE，而非标准输出。</translation>
    </message>
    <message>
        <source>First block height to export (default 0).</source>
        <translation>导出的第一个区块高度（默认 0）。</translation>
    </message>
    <message>
        <source>Last block height to export (default: the head).</source>
        <translation>导出的最后一个区块高度（默认：链头）。</translation>
    </message>
    <message>
        <source>--from and --to must be block heights with from &lt;= to &lt;= %1 (the head)</source>
        <translation>--from 和 --to 必须是区块高度，且 from &lt;= to &lt;= %1（链头）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot export: %1 (run gongzhi-cli verify)</source>
        <translation>无法导出：%1（请运行 gongzhi-cli verify）</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>Exporting: block %1 of %2, %3 transactions</source>
        <translation>正在导出：第 %1 / %2 个区块，%3 笔交易</translation>
    </message>
    <message>
        <source>Exported blocks %1 to %2 with %3 transactions.</source>
        <translation>已导出区块 %1 至 %2，共 %3 笔交易。</translation>
    </message>
</context>
<context>
    <name>HasCommand</name>
    <message>
        <source>Check that the local chain holds every transaction id listed in a file.</source>
        <translation>检查本地链是否包含文件中列出的每一个交易编号。</translation>
    </message>
    <message>
        <source>A file with one transaction id (hex) per line.</source>
        <translation>每行一个交易编号（十六进制）的文件。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: not a transaction id</source>
        <translation>%1 第 %2 行：不是交易编号</translation>
    </message>
    <message>
        <source>%1 of %2 transactions are missing from %3.</source>
        <translation>%2 笔交易中有 %1 笔不在 %3 中。</translation>
    </message>
    <message>
        <source>All %1 transactions are on the chain.</source>
        <translation>全部 %1 笔交易都在链上。</translation>
    </message>
</context>
<context>
    <name>HeadCommand</name>
    <message>
        <source>Print the height and hash of the local chain's head.</source>
        <translation>打印本地链头的高度和哈希。</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Found a new consortium with this PC as its first node.</source>
        <translation>创建一个新的共治联盟，以本机为第一个节点。</translation>
    </message>
    <message>
        <source>Name of the community (the consortium).</source>
        <translation>社区（联盟）名称。</translation>
    </message>
    <message>
        <source>Name of this PC's organization.</source>
        <translation>本机所属组织的名称。</translation>
    </message>
    <message>
        <source>Kind of organization: party_committee, residents_committee, street_office, property_management, social_organization, supervision_committee.</source>
        <translation>组织类型：party_committee（社区党委）、residents_committee（居委会）、street_office（街道办）、property_management（物业）、social_organization（社会组织）、supervision_committee（居务监督委员会）。</translation>
    </message>
    <message>
        <source>Name of the first administrator.</source>
        <translation>第一位管理员的姓名。</translation>
    </message>
    <message>
        <source>Name of the party secretary.</source>
        <translation>党组织书记的姓名。</translation>
    </message>
    <message>
        <source>unknown organization kind '%1'</source>
        <translation>未知的组织类型“%1”</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须提供 --%1</translation>
    </message>
    <message>
        <source>Founded consortium "%1" (%2).</source>
        <translation>已创建共治联盟“%1”（%2）。</translation>
    </message>
    <message>
        <source>Genesis block: %1</source>
        <translation>创世区块：%1</translation>
    </message>
    <message>
        <source>Node key fingerprint: %1</source>
        <translation>节点密钥指纹：%1</translation>
    </message>
    <message>
        <source>Key files of the administrator and the party secretary are in %1.</source>
        <translation>管理员和党组织书记的密钥文件位于 %1。</translation>
    </message>
    <message>
        <source>Address the node listens on for other organizations' nodes.</source>
        <translation>节点监听其他组织节点连接的地址。</translation>
    </message>
    <message>
        <source>Port the node listens on.</source>
        <translation>节点监听的端口。</translation>
    </message>
    <message>
        <source>a ledger already exists in %1</source>
        <translation>%1 中已经存在账本</translation>
    </message>
    <message>
        <source>--port must be a port number</source>
        <translation>--port 必须是端口号</translation>
    </message>
</context>
<context>
    <name>InviteCommand</name>
    <message>
        <source>Invite a new organization's node (or another node of one) to the cluster</source>
        <translation>邀请新组织的节点（或已有组织的另一台节点）加入集群</translation>
    </message>
    <message>
        <source>Name of the organization.</source>
        <translation>组织名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind: party_committee, residents_committee, ...</source>
        <translation>类型：party_committee、residents_committee……</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>An existing organization's id: invite another node of it (NodeAdded).</source>
        <translation>已有组织的编号：为其邀请另一台节点（NodeAdded）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The node never votes (a kiosk PC).</source>
        <translation>该节点从不投票（自助终端电脑）。</translation>
    </message>
    <message>
        <source>The invitation file to write.</source>
        <translation>要写入的邀请文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>give --org-name, a known --org-kind, --out and a numeric --org-id if any</source>
        <translation>请给出 --org-name、有效的 --org-kind、--out，以及（如有）数字 --org-id</translation>
    </message>
    <message>
        <source>invitation written to %1</source>
        <translation>邀请已写入 %1</translation>
    </message>
    <message>
        <source>code: %1</source>
        <translation>确认码：%1</translation>
    </message>
</context>
<context>
    <name>JoinCommand</name>
    <message>
        <source>The invitation file.</source>
        <translation>邀请文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Address the other nodes dial, HOST:PORT.</source>
        <translation>其他节点连接本机的地址，主机:端口。</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>主机:端口</translation>
    </message>
    <message>
        <source>this invitation has no genesis block; ask for a new one</source>
        <translation>此邀请不含创世区块，请索取新的邀请</translation>
    </message>
    <message>
        <source>node prepared in %1 (node key %2)</source>
        <translation>节点已在 %1 准备好（节点密钥 %2）</translation>
    </message>
    <message>
        <source>join request written to %1; start gongzhi-node: it waits to be admitted</source>
        <translation>入网申请已写入 %1；请启动 gongzhi-node，它会等待被接纳</translation>
    </message>
    <message>
        <source>no such invitation: check the code and the address</source>
        <translation>没有这个邀请：请核对邀请码和地址</translation>
    </message>
    <message>
        <source>the invitation has expired: ask for a new one</source>
        <translation>邀请已过期：请重新索取</translation>
    </message>
    <message>
        <source>the invitation was already used</source>
        <translation>邀请已被使用</translation>
    </message>
    <message>
        <source>too many wrong codes, try later</source>
        <translation>错误的邀请码过多，请稍后再试</translation>
    </message>
    <message>
        <source>refused by the inviting PC: %1</source>
        <translation>邀请方电脑拒绝了请求：%1</translation>
    </message>
    <message>
        <source>cannot reach the inviting PC: %1</source>
        <translation>无法连接邀请方电脑：%1</translation>
    </message>
    <message>
        <source>Prepare this PC's node from an invitation (a file, or a code fetched from the inviting PC) and write or deliver its join request</source>
        <translation>根据邀请（文件，或用邀请码从邀请方电脑获取）准备本机节点，并写出或发送加入申请</translation>
    </message>
    <message>
        <source>The invitation code read out on the phone.</source>
        <translation>电话中念出的邀请码。</translation>
    </message>
    <message>
        <source>ABCD-EFGH</source>
        <translation>ABCD-EFGH</translation>
    </message>
    <message>
        <source>The inviting PC's address (with --code).</source>
        <translation>邀请方电脑的地址（与 --code 一起使用）。</translation>
    </message>
    <message>
        <source>The join request file to write (required with --invitation).</source>
        <translation>要写出的加入申请文件（使用 --invitation 时必填）。</translation>
    </message>
    <message>
        <source>give --listen HOST:PORT and --out FILE (or --code and --from)</source>
        <translation>请给出 --listen HOST:PORT 和 --out FILE（或 --code 和 --from）</translation>
    </message>
    <message>
        <source>give --code ABCD-EFGH and --from HOST:PORT</source>
        <translation>请给出 --code ABCD-EFGH 和 --from HOST:PORT</translation>
    </message>
    <message>
        <source>invitation %1 from %2 for "%3"; consortium fingerprint %4 (compare it on the phone)</source>
        <translation>邀请 %1，来自 %2，邀请“%3”；联盟指纹 %4（请在电话中核对）</translation>
    </message>
    <message>
        <source>the join request is saved in %1: carry it to the inviting PC instead</source>
        <translation>加入申请已保存在 %1：请改为把它带到邀请方电脑</translation>
    </message>
    <message>
        <source>join request delivered to %1 (a copy is in %2); start gongzhi-node: it waits to be admitted</source>
        <translation>加入申请已送达 %1（副本在 %2）；请启动 gongzhi-node：它会等待被接纳</translation>
    </message>
</context>
<context>
    <name>LoadCommand</name>
    <message>
        <source>Submit signed test transactions through the running node and measure.</source>
        <translation>通过正在运行的节点提交已签名的测试交易并测量性能。</translation>
    </message>
    <message>
        <source>How many transactions to submit.</source>
        <translation>要提交的交易数量。</translation>
    </message>
    <message>
        <source>How many to keep in flight.</source>
        <translation>同时在途的交易数量。</translation>
    </message>
    <message>
        <source>Write the id of every committed transaction to this file.</source>
        <translation>将每笔已提交交易的编号写入此文件。</translation>
    </message>
    <message>
        <source>--count and --concurrency must be positive numbers</source>
        <translation>--count 和 --concurrency 必须是正数</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>signing %1 transactions…</source>
        <translation>正在签名 %1 笔交易……</translation>
    </message>
    <message>
        <source>no node is running for %1 (%2)</source>
        <translation>%1 没有正在运行的节点（%2）</translation>
    </message>
    <message>
        <source>the node answered a request that was not made</source>
        <translation>节点回答了一个未曾发出的请求</translation>
    </message>
    <message>
        <source>transaction %1 was not committed: %2</source>
        <translation>交易 %1 未被提交：%2</translation>
    </message>
    <message>
        <source>%1 of %2 committed</source>
        <translation>已提交 %1 / %2</translation>
    </message>
    <message>
        <source>the node closed the connection</source>
        <translation>节点关闭了连接</translation>
    </message>
    <message>
        <source>no answer from the node for %1 s; giving up</source>
        <translation>节点 %1 秒没有应答；放弃</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>区块 %1</translation>
    </message>
    <message>
        <source>transaction %1</source>
        <translation>交易 %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>字段 %1</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Protect the new key files with the passphrase on the first line of FILE.</source>
        <translation>用 FILE 第一行的口令保护新生成的密钥文件。</translation>
    </message>
    <message>
        <source>Write the key files without a passphrase (demo data only).</source>
        <translation>不设口令写入密钥文件（仅限演示数据）。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the passphrase file %1 is empty</source>
        <translation>口令文件 %1 是空的</translation>
    </message>
    <message>
        <source>Warning: key files are written without a passphrase; anyone who can read them can sign in these people's names.</source>
        <translation>警告：密钥文件未设口令；任何能读取它们的人都能以这些人的名义签名。</translation>
    </message>
    <message>
        <source>give --passphrase-file FILE, set GONGZHI_PASSPHRASE, or pass --no-passphrase</source>
        <translation>请给出 --passphrase-file FILE、设置 GONGZHI_PASSPHRASE，或使用 --no-passphrase</translation>
    </message>
</context>
<context>
    <name>ProofCommand</name>
    <message>
        <source>Print a JSON proof that a transaction is in its block (check it with verify-proof).</source>
        <translation>打印一份 JSON 证明，说明某笔交易在其区块中（用 verify-proof 核验）。</translation>
    </message>
    <message>
        <source>The transaction id (64 hex digits).</source>
        <translation>交易编号（64 位十六进制）。</translation>
    </message>
    <message>
        <source>--tx must be a transaction id of 64 hex digits</source>
        <translation>--tx 必须是 64 位十六进制的交易编号</translation>
    </message>
</context>
<context>
    <name>ProofJson</name>
    <message>
        <source>Hex of a block header you already trust; the proof must be anchored to exactly it.</source>
        <translation>您已信任的区块头的十六进制；证明必须恰好锚定于它。</translation>
    </message>
    <message>
        <source>A member node's public key (hex, repeatable); the anchoring block must be proposed by one.</source>
        <translation>成员节点的公钥（十六进制，可重复）；锚定区块必须由其中之一提议。</translation>
    </message>
    <message>
        <source>the SHA-256 of the header is not the block hash %1</source>
        <translation>区块头的 SHA-256 不是区块哈希 %1</translation>
    </message>
    <message>
        <source>the header is not a valid block header: %1</source>
        <translation>区块头不是有效的区块头：%1</translation>
    </message>
    <message>
        <source>the proposer's signature over the header does not verify</source>
        <translation>提议者对区块头的签名无法验证</translation>
    </message>
    <message>
        <source>the header differs from the trusted header given with --header</source>
        <translation>区块头与 --header 给出的可信区块头不同</translation>
    </message>
    <message>
        <source>the block was proposed by %1, which is not one of the trusted node keys</source>
        <translation>该区块由 %1 提议，它不是可信的节点公钥之一</translation>
    </message>
</context>
<context>
    <name>RebuildStateCommand</name>
    <message>
        <source>Rebuild the governance state from the genesis block.</source>
        <translation>从创世区块起重建治理状态。</translation>
    </message>
    <message>
        <source>State rebuilt to block %1 in %2 s.</source>
        <translation>已在 %2 秒内将状态重建到区块 %1。</translation>
    </message>
</context>
<context>
    <name>RemoveNodeCommand</name>
    <message>
        <source>Remove a node from the cluster (NodeRemoved)</source>
        <translation>将节点移出集群（NodeRemoved）</translation>
    </message>
    <message>
        <source>The node's key (hex).</source>
        <translation>节点密钥（十六进制）。</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Why it leaves.</source>
        <translation>移出原因。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>give --data-dir, --node-key (64 hex digits) and --reason</source>
        <translation>请给出 --data-dir、--node-key（64 位十六进制）和 --reason</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Show a block or a transaction in readable form.</source>
        <translation>以可读形式显示一个区块或一笔交易。</translation>
    </message>
    <message>
        <source>"block N" or "tx ID".</source>
        <translation>“block N” 或 “tx ID”。</translation>
    </message>
    <message>
        <source>say what to show: show block N, or show tx ID</source>
        <translation>请说明要显示什么：show block N 或 show tx ID</translation>
    </message>
    <message>
        <source>'%1' is not a block height</source>
        <translation>“%1” 不是区块高度</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>区块 %1</translation>
    </message>
    <message>
        <source>  Hash: %1</source>
        <translation>  哈希：%1</translation>
    </message>
    <message>
        <source>  Previous hash: %1</source>
        <translation>  前一区块哈希：%1</translation>
    </message>
    <message>
        <source>  Time: %1</source>
        <translation>  时间：%1</translation>
    </message>
    <message>
        <source>  Proposer: %1</source>
        <translation>  提议者：%1</translation>
    </message>
    <message>
        <source>  Merkle root: %1</source>
        <translation>  默克尔根：%1</translation>
    </message>
    <message>
        <source>  History root: %1</source>
        <translation>  历史根：%1</translation>
    </message>
    <message>
        <source>  Transactions: %1</source>
        <translation>  交易数：%1</translation>
    </message>
    <message>
        <source>  Transaction %1 of %2: %3</source>
        <translation>  交易 %1 / %2：%3</translation>
    </message>
    <message>
        <source>'%1' is not a transaction id of 64 hex digits</source>
        <translation>“%1” 不是 64 位十六进制的交易编号</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>交易 %1</translation>
    </message>
    <message>
        <source>  Block: %1, position %2 of %3</source>
        <translation>  区块：%1，第 %2 / %3 笔</translation>
    </message>
    <message>
        <source>  Block hash: %1</source>
        <translation>  区块哈希：%1</translation>
    </message>
    <message>
        <source>  Block time: %1</source>
        <translation>  区块时间：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>Sequence: %1</source>
        <translation>序号：%1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>Payload: %1 bytes: %2%3</source>
        <translation>内容：%1 字节：%2%3</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>社区：%1</translation>
    </message>
    <message>
        <source>Organization %1: %2 (%3), node %4</source>
        <translation>组织 %1：%2（%3），节点 %4</translation>
    </message>
    <message>
        <source>Person: %1, %2 of %3, key %4</source>
        <translation>人员：%1，%3 的%2，公钥 %4</translation>
    </message>
    <message>
        <source>party committee</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>residents' committee</source>
        <translation>居民委员会</translation>
    </message>
    <message>
        <source>street office</source>
        <translation>街道办事处</translation>
    </message>
    <message>
        <source>property management</source>
        <translation>物业服务企业</translation>
    </message>
    <message>
        <source>social organization</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>supervision committee</source>
        <translation>监督委员会</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>party secretary</source>
        <translation>党组织书记</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>%1 (node of %2)</source>
        <translation>%1（%2 的节点）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>StateCommands</name>
    <message>
        <source>the state is at block %1 but the chain ends at %2; run rebuild-state</source>
        <translation>状态在区块 %1，但链止于区块 %2；请运行 rebuild-state</translation>
    </message>
    <message>
        <source>Applying block %1 of %2</source>
        <translation>正在应用第 %1 / %2 个区块</translation>
    </message>
</context>
<context>
    <name>StateDigestCommand</name>
    <message>
        <source>Print the digest of the governance state (the same on every node at the same height).</source>
        <translation>打印治理状态的摘要（同一高度上每个节点都相同）。</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show the running node's role, term, leader, heights and peers.</source>
        <translation>显示正在运行的节点的角色、任期、领导者、高度和对等节点。</translation>
    </message>
    <message>
        <source>Print the status as one JSON object.</source>
        <translation>以一个 JSON 对象打印状态。</translation>
    </message>
    <message>
        <source>no node is running for %1 (%2)</source>
        <translation>%1 没有正在运行的节点（%2）</translation>
    </message>
    <message>
        <source>the node did not answer the status request</source>
        <translation>节点没有应答状态请求</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <source>follower</source>
        <translation>跟随者</translation>
    </message>
    <message>
        <source>candidate (election in progress)</source>
        <translation>候选者（选举进行中）</translation>
    </message>
    <message>
        <source>Node:            %1</source>
        <translation>节点：          %1</translation>
    </message>
    <message>
        <source>Role:            %1</source>
        <translation>角色：          %1</translation>
    </message>
    <message>
        <source>Term:            %1</source>
        <translation>任期：          %1</translation>
    </message>
    <message>
        <source>Leader:          %1</source>
        <translation>领导者：        %1</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Committed height: %1</source>
        <translation>已提交高度：    %1</translation>
    </message>
    <message>
        <source>Applied height:  %1</source>
        <translation>已应用高度：    %1</translation>
    </message>
    <message>
        <source>The node has halted and no longer serves; see its log.</source>
        <translation>节点已停止服务；请查看其日志。</translation>
    </message>
    <message>
        <source>Peer %1 (%2): %3, match index %4, lag %5, last contact %6</source>
        <translation>对等节点 %1（%2）：%3，匹配索引 %4，落后 %5，最近联系 %6</translation>
    </message>
    <message>
        <source>voter</source>
        <translation>投票成员</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>学习者</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 ms ago</source>
        <translation>%1 毫秒前</translation>
    </message>
    <message>
        <source>Membership:      waiting to be admitted</source>
        <translation>成员身份：      等待被接纳</translation>
    </message>
    <message>
        <source>Membership:      %1</source>
        <translation>成员身份：      %1</translation>
    </message>
    <message>
        <source>learner (receives the chain, does not vote)</source>
        <translation>学习者（接收账本，不投票）</translation>
    </message>
</context>
<context>
    <name>SubmissionStage</name>
    <message>
        <source>Queued: signed and saved on this PC; it is sent when enough members are online.</source>
        <translation>待发送：已签名并保存在本机；有足够成员在线时发送。</translation>
    </message>
    <message>
        <source>Sent: waiting for the members to record it.</source>
        <translation>已发送：等待成员记录。</translation>
    </message>
    <message>
        <source>Recorded in block %1; it takes effect once a secretary approves it.</source>
        <translation>已记录在第 %1 块；经书记批准后生效。</translation>
    </message>
    <message>
        <source>✗ Rejected: %1</source>
        <translation>✗ 已拒绝：%1</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check every hash link, Merkle root and signature of the chain.</source>
        <translation>核验链上每一个哈希链接、默克尔根和签名。</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>工作线程数（默认：每个处理器核心一个）。</translation>
    </message>
    <message>
        <source>Verifying: block %1 of %2, %3 transactions (%4/s)</source>
        <translation>正在核验：第 %1 / %2 个区块，%3 笔交易（每秒 %4 笔）</translation>
    </message>
    <message>
        <source>the chain does not verify: %1</source>
        <translation>链未通过核验：%1</translation>
    </message>
    <message>
        <source>Verified %1 transactions in %2 s using %3 threads.</source>
        <translation>用 %3 个线程在 %2 秒内核验了 %1 笔交易。</translation>
    </message>
    <message>
        <source>Blocks %1 to %2 are not in this PC's ledger file yet: it lost power before they reached the disk. Its Raft log holds them, linked to the verified chain, and the node restores them when it starts.</source>
        <translation>区块 %1 至 %2 尚未写入本机的账本文件：本机在它们写入磁盘前断电了。它们保存在本机的 Raft 日志中，并与已验证的链相衔接，节点启动时会自动恢复。</translation>
    </message>
</context>
<context>
    <name>VerifyConsistencyCommand</name>
    <message>
        <source>Check without the database that a chain head extends a head recorded earlier.</source>
        <translation>无需数据库，核验某个链头延续了先前记录的链头。</translation>
    </message>
    <message>
        <source>The proof document (default: standard input).</source>
        <translation>证明文件（默认：标准输入）。</translation>
    </message>
    <message>
        <source>The hash of the newer head, as you trust it.</source>
        <translation>您所信任的较新链头的哈希。</translation>
    </message>
    <message>
        <source>Require the proof to start at this recorded height.</source>
        <translation>要求证明从这个所记录的高度开始。</translation>
    </message>
    <message>
        <source>Require the proof to start at this recorded hash.</source>
        <translation>要求证明从这个所记录的哈希开始。</translation>
    </message>
    <message>
        <source>--from-height must be a block height, --from-hash and --to-hash 64 hex digits</source>
        <translation>--from-height 必须是区块高度，--from-hash 和 --to-hash 必须是 64 位十六进制</translation>
    </message>
    <message>
        <source>cannot read the proof: %1</source>
        <translation>无法读取证明：%1</translation>
    </message>
    <message>
        <source>the proof does not verify: %1</source>
        <translation>证明未通过核验：%1</translation>
    </message>
    <message>
        <source>The chain ending at block %1 (%2) extends block %3 (%4).</source>
        <translation>止于区块 %1（%2）的链延续了区块 %3（%4）。</translation>
    </message>
    <message>
        <source>the header is of block %1, not block %2</source>
        <translation>区块头属于区块 %1，而不是区块 %2</translation>
    </message>
    <message>
        <source>the proof ends at block hash %1, not at the trusted %2</source>
        <translation>证明止于区块哈希 %1，而不是可信的 %2</translation>
    </message>
    <message>
        <source>the proof starts at block %1 (%2), not at the recorded head</source>
        <translation>证明从区块 %1（%2）开始，而不是所记录的链头</translation>
    </message>
    <message>
        <source>tree_size %1 is not to_height %2: the history tree of block N has N leaves</source>
        <translation>tree_size %1 不等于 to_height %2：区块 N 的历史树有 N 个叶子</translation>
    </message>
    <message>
        <source>the recorded block %1 is above block %2</source>
        <translation>所记录的区块 %1 高于区块 %2</translation>
    </message>
    <message>
        <source>block %1 is %2, not the recorded %3</source>
        <translation>区块 %1 是 %2，而不是所记录的 %3</translation>
    </message>
    <message>
        <source>a proof between equal heights must have an empty audit path</source>
        <translation>相同高度之间的证明必须没有审计路径</translation>
    </message>
    <message>
        <source>the audit path does not lead from block %1's hash to block %2's history root: %3</source>
        <translation>审计路径不能从区块 %1 的哈希通到区块 %2 的历史根：%3</translation>
    </message>
</context>
<context>
    <name>VerifyProofCommand</name>
    <message>
        <source>Check a transaction's inclusion proof without the database.</source>
        <translation>无需数据库，核验一笔交易的包含证明。</translation>
    </message>
    <message>
        <source>The proof document (default: standard input).</source>
        <translation>证明文件（默认：标准输入）。</translation>
    </message>
    <message>
        <source>Require the proof to be about this transaction id.</source>
        <translation>要求证明针对这笔交易。</translation>
    </message>
    <message>
        <source>--tx must be a transaction id of 64 hex digits</source>
        <translation>--tx 必须是 64 位十六进制的交易编号</translation>
    </message>
    <message>
        <source>cannot read the proof: %1</source>
        <translation>无法读取证明：%1</translation>
    </message>
    <message>
        <source>the proof does not verify: %1</source>
        <translation>证明未通过核验：%1</translation>
    </message>
    <message>
        <source>Transaction %1 is leaf %2 of %3 in block %4 (%5).</source>
        <translation>交易 %1 是区块 %4（%5）中 %3 个叶子里的第 %2 个。</translation>
    </message>
    <message>
        <source>the header is of block %1, not block %2</source>
        <translation>区块头属于区块 %1，而不是区块 %2</translation>
    </message>
    <message>
        <source>merkle_root is not the Merkle root in the header</source>
        <translation>merkle_root 不是区块头中的默克尔根</translation>
    </message>
    <message>
        <source>tree_size %1 is not the header's transaction count %2</source>
        <translation>tree_size %1 不等于区块头中的交易数 %2</translation>
    </message>
    <message>
        <source>tx is not the SHA-256 of the leaf</source>
        <translation>tx 不是叶子的 SHA-256</translation>
    </message>
    <message>
        <source>the proof is about transaction %1, not %2</source>
        <translation>证明针对的是交易 %1，而不是 %2</translation>
    </message>
    <message>
        <source>the audit path does not lead from the leaf to the Merkle root: %1</source>
        <translation>审计路径不能从叶子通到默克尔根：%1</translation>
    </message>
    <message>
        <source>the leaf is not a valid transaction: %1</source>
        <translation>叶子不是有效的交易：%1</translation>
    </message>
    <message>
        <source>the author's signature in the leaf does not verify</source>
        <translation>叶子中作者的签名无法验证</translation>
    </message>
    <message>
        <source>the transaction belongs to another consortium than the block</source>
        <translation>该交易属于与区块不同的联合体</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: gongzhi-cli &lt;command&gt; [options]</source>
        <translation>用法：gongzhi-cli &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run gongzhi-cli &lt;command&gt; --help for the options of a command.</source>
        <translation>运行 gongzhi-cli &lt;命令&gt; --help 查看该命令的选项。</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Runs this PC's Gongzhi ledger node.</source>
        <translation>运行本机的共治账本节点。</translation>
    </message>
    <message>
        <source>The node's data directory.</source>
        <translation>节点的数据目录。</translation>
    </message>
    <message>
        <source>gongzhi-node: --data-dir DIR is required.</source>
        <translation>gongzhi-node：必须提供 --data-dir DIR。</translation>
    </message>
    <message>
        <source>gongzhi-node: cannot watch for signals.</source>
        <translation>gongzhi-node：无法监听信号。</translation>
    </message>
    <message>
        <source>gongzhi-node: cannot run a node from the data directory %1: %2</source>
        <translation>gongzhi-node：无法从数据目录 %1 运行节点：%2</translation>
    </message>
</context>
<context>
    <name>ui::ApprovalDescription</name>
    <message>
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>Record amendment</source>
        <translation>记录更正</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>记录撤回</translation>
    </message>
    <message>
        <source>New scoring handbook</source>
        <translation>新版计分标准手册</translation>
    </message>
    <message>
        <source>Large deduction</source>
        <translation>大额扣分</translation>
    </message>
    <message>
        <source>Score reversal</source>
        <translation>积分冲正</translation>
    </message>
    <message>
        <source>Points store item</source>
        <translation>积分超市商品</translation>
    </message>
    <message>
        <source>Hide feedback</source>
        <translation>隐藏意见</translation>
    </message>
    <message>
        <source>Admit organization</source>
        <translation>接纳组织</translation>
    </message>
    <message>
        <source>Remove organization</source>
        <translation>移除组织</translation>
    </message>
    <message>
        <source>Grant role</source>
        <translation>授予角色</translation>
    </message>
    <message>
        <source>Revoke role</source>
        <translation>撤销角色</translation>
    </message>
    <message>
        <source>Policy change</source>
        <translation>政策调整</translation>
    </message>
    <message>
        <source>Feedback categories</source>
        <translation>意见类别</translation>
    </message>
    <message>
        <source>Transaction type %1</source>
        <translation>交易类型 %1</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>第 %1 版：%2</translation>
    </message>
    <message>
        <source>Rule %1, resident %2</source>
        <translation>规则 %1，居民 %2</translation>
    </message>
    <message>
        <source>%1, %2 points</source>
        <translation>%1，%2 积分</translation>
    </message>
    <message>
        <source>Submitted by %1 (%2) on %3, block %4.</source>
        <translation>由 %1（%2）于 %3 提交，区块 %4。</translation>
    </message>
    <message>
        <source>The record is no longer on the ledger.</source>
        <translation>账本上已没有这条记录。</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>If you approve</source>
        <translation>批准后</translation>
    </message>
    <message>
        <source>The record is approved in your name. With “publish at once” it becomes a public notice residents see at the kiosk and on printed notices.</source>
        <translation>记录将以您的名义批准。勾选“立即公示”后，它将成为公示，居民可在自助终端和张贴的公示上看到。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Changes against the current version (revision %1)</source>
        <translation>与当前版本（第 %1 版）相比的变化</translation>
    </message>
    <message>
        <source>The record shows the new content. The current version stays in the record's history.</source>
        <translation>记录将显示新内容，当前版本保留在记录的历史中。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>The record is marked withdrawn; residents see that it was withdrawn and why.</source>
        <translation>记录将标记为已撤回；居民可以看到撤回及其原因。</translation>
    </message>
    <message>
        <source>Now: %1, %2 points, %3</source>
        <translation>当前：%1，%2 积分，%3</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>上架</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>未上架</translation>
    </message>
    <message>
        <source>Now: not in the store</source>
        <translation>当前：积分超市中没有该商品</translation>
    </message>
    <message>
        <source>Points store</source>
        <translation>积分超市</translation>
    </message>
    <message>
        <source>Item %1: %2, %3 points, %4</source>
        <translation>商品 %1：%2，%3 积分，%4</translation>
    </message>
    <message>
        <source>delisted</source>
        <translation>下架</translation>
    </message>
    <message>
        <source>Feedback text</source>
        <translation>意见内容</translation>
    </message>
    <message>
        <source>Reason for hiding</source>
        <translation>隐藏原因</translation>
    </message>
    <message>
        <source>The text is no longer shown publicly; the resident can still read it and the reason by tracking code. Nothing is deleted.</source>
        <translation>该内容将不再公开显示；居民仍可凭回执号查看内容和原因。不会删除任何内容。</translation>
    </message>
    <message>
        <source>%1 (now: %2) gets the role %3.</source>
        <translation>%1（当前：%2）将获得角色：%3。</translation>
    </message>
    <message>
        <source>%1 (now: %2) loses the role %3.</source>
        <translation>%1（当前：%2）将失去角色：%3。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Deductions above %1 points need approval</source>
        <translation>扣分超过 %1 分需审批</translation>
    </message>
    <message numerus="yes">
        <source>Resolved feedback closes after %n day(s)</source>
        <translation>
            <numerusform>已办结的意见 %n 天后自动关闭</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) joins the consortium as organization %3 with node key %4.</source>
        <translation>%1（%2）将以组织编号 %3 加入联盟，节点密钥 %4。</translation>
    </message>
    <message>
        <source>%1 leaves the consortium; its node and people can sign nothing more. Reason: %2</source>
        <translation>%1 将退出联盟，其节点和人员将不能再签署任何内容。原因：%2</translation>
    </message>
    <message>
        <source>This item cannot be described in detail; approve it only if you know what it is.</source>
        <translation>无法详细显示此事项；请在确认了解其内容后再批准。</translation>
    </message>
    <message>
        <source>The proposal cannot be read.</source>
        <translation>无法读取该提案。</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>Level %1 from %2 points</source>
        <translation>%1：%2 分起</translation>
    </message>
    <message>
        <source>Changes against version %1 (rule code · title · points · monthly cap)</source>
        <translation>与第 %1 版相比的变化（规则代码 · 名称 · 分值 · 每月上限）</translation>
    </message>
    <message>
        <source>The first handbook (rule code · title · points · monthly cap)</source>
        <translation>第一版手册（规则代码 · 名称 · 分值 · 每月上限）</translation>
    </message>
    <message>
        <source>Version %1 takes effect at once for every organization: new score events use its rules and points; levels are recomputed from it.</source>
        <translation>第 %1 版将立即对所有组织生效：新的积分记录按其规则和分值计算，星级按其重新计算。</translation>
    </message>
    <message>
        <source>The score event is no longer on the ledger.</source>
        <translation>账本上已没有这条积分记录。</translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>居民 %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>The event reversed: %1 (%2)</source>
        <translation>被冲正的记录：%1（%2）</translation>
    </message>
    <message>
        <source>Rule: %1 %2</source>
        <translation>规则：%1 %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Deductions of more than %1 points need a secretary's approval.</source>
        <translation>扣分超过 %1 分需要书记审批。</translation>
    </message>
    <message>
        <source>%1 loses %2 points.</source>
        <translation>%1 将被扣 %2 分。</translation>
    </message>
    <message>
        <source>%1 gets %2 points.</source>
        <translation>%1 将获得 %2 分。</translation>
    </message>
    <message>
        <source>Balance: %1 → %2</source>
        <translation>积分余额：%1 → %2</translation>
    </message>
</context>
<context>
    <name>ui::ApprovalDialog</name>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n item(s)</source>
        <translation>
            <numerusform>批准 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Comment (required to reject; shown in the history)</source>
        <translation>意见（驳回时必填；记入历史）</translation>
    </message>
    <message>
        <source>Publish approved records at once</source>
        <translation>批准后立即公示</translation>
    </message>
    <message>
        <source>Your decision is signed with your own key (%1, %2).</source>
        <translation>您的决定将用您本人的密钥签名（%1，%2）。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>The items cannot be loaded: %1</source>
        <translation>无法加载这些事项：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this decision</source>
        <translation>
            <numerusform>本次决定共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Please say why you reject it; the submitter reads your comment.</source>
        <translation>请说明驳回原因；提交人会看到您的意见。</translation>
    </message>
</context>
<context>
    <name>ui::ApprovalQueueModel</name>
    <message>
        <source>Waiting (routine)</source>
        <translation>待审批（常规）</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>From</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ui::ApprovalsPage</name>
    <message>
        <source>The queue cannot be loaded: %1</source>
        <translation>无法加载待审批列表：%1</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>审阅…</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>批量批准所选…</translation>
    </message>
    <message>
        <source>Routine items only: records and store listings. Deductions, handbooks and changes to people are reviewed one by one.</source>
        <translation>仅限常规事项：记录和积分超市商品。扣分、手册和人员变动须逐项审阅。</translation>
    </message>
    <message>
        <source>Items waiting for your approval. Open one to see everything it contains and what approving it changes.</source>
        <translation>以下事项等待您审批。打开后可查看全部内容以及批准后的影响。</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Only party secretaries approve items; nothing waits for you here.</source>
        <translation>只有党组织书记可以审批；这里没有等待您处理的事项。</translation>
    </message>
    <message>
        <source>Nothing is waiting for your approval.</source>
        <translation>没有等待您审批的事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting for your approval.</source>
        <translation>
            <numerusform>有 %n 项等待您审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected items are not routine; review them one by one.</source>
        <translation>所选事项不是常规事项，请逐项审阅。</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>请先选择一项。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left out of the batch: review them one by one.</source>
        <translation>
            <numerusform>有 %n 项未纳入批量审批，请逐项审阅。</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision queued</source>
        <translation>决定待发送</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>决定已发送</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Your decision was not accepted: %1</source>
        <translation>您的决定未被接受：%1</translation>
    </message>
</context>
<context>
    <name>ui::AttentionNotifier</name>
    <message>
        <source>Gongzhi</source>
        <translation>共治</translation>
    </message>
    <message>
        <source>New approval request</source>
        <translation>新的审批请求</translation>
    </message>
    <message numerus="yes">
        <source>%n items wait for your approval.</source>
        <translation>
            <numerusform>有 %n 项等待您审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback assigned to you</source>
        <translation>分派给您的意见</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback items are assigned to you.</source>
        <translation>
            <numerusform>有 %n 条意见分派给您办理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::AuditJob</name>
    <message>
        <source>a signature does not match its data</source>
        <translation>签名与数据不符</translation>
    </message>
    <message>
        <source>a hash does not match: stored data was changed after it was written</source>
        <translation>哈希不符：数据写入后被改动过</translation>
    </message>
    <message>
        <source>data is missing</source>
        <translation>数据缺失</translation>
    </message>
    <message>
        <source>the ledger file could not be read</source>
        <translation>无法读取账本文件</translation>
    </message>
    <message>
        <source>the stored data breaks the ledger's rules</source>
        <translation>存储的数据违反账本规则</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ui::AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Cannot read the organizations: %1</source>
        <translation>无法读取组织信息：%1</translation>
    </message>
    <message>
        <source>Block %1: reading…</source>
        <translation>区块 %1：正在读取…</translation>
    </message>
    <message>
        <source>Block %1 cannot be read: %2</source>
        <translation>无法读取区块 %1：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Block %1&lt;/b&gt; · %2 · proposed by %3 · proposer's signature %4&lt;br&gt;Hash &lt;tt&gt;%5&lt;/tt&gt;&lt;br&gt;Previous &lt;tt&gt;%6&lt;/tt&gt;</source>
        <translation>&lt;b&gt;区块 %1&lt;/b&gt; · %2 · 出块：%3 · 出块签名 %4&lt;br&gt;哈希 &lt;tt&gt;%5&lt;/tt&gt;&lt;br&gt;上一区块 &lt;tt&gt;%6&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ 有效</translation>
    </message>
    <message>
        <source>✗ INVALID</source>
        <translation>✗ 无效</translation>
    </message>
    <message>
        <source>Save inclusion proof</source>
        <translation>保存包含证明</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>A transaction or record id is 64 hex digits (0-9, a-f).</source>
        <translation>交易或记录编号为 64 位十六进制数字（0-9、a-f）。</translation>
    </message>
    <message>
        <source>No transaction with this id is on the chain.</source>
        <translation>链上没有此编号的交易。</translation>
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation>无法查找：%1</translation>
    </message>
    <message>
        <source>Verify the whole chain</source>
        <translation>校验整条链</translation>
    </message>
    <message>
        <source>Checking every hash link, Merkle root and signature from the first block to the last. The app stays usable meanwhile.</source>
        <translation>正在从第一个区块到最后一个区块检查每个哈希链接、默克尔根和签名。校验期间可以照常使用本软件。</translation>
    </message>
    <message>
        <source>Export the chain</source>
        <translation>导出整条链</translation>
    </message>
    <message>
        <source>Writing every block as one JSON line to %1.</source>
        <translation>正在把每个区块作为一行 JSON 写入 %1。</translation>
    </message>
    <message>
        <source>Export the block list</source>
        <translation>导出区块列表</translation>
    </message>
    <message>
        <source>Writing the list of blocks to %1.</source>
        <translation>正在把区块列表写入 %1。</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON 行文件 (*.jsonl)</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>区块列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Every block and transaction of the shared ledger, as every member organization holds it. Nothing is ever changed or deleted: verify it yourself.</source>
        <translation>共享账本中的每个区块和每笔交易，与各成员组织保存的完全一致。任何内容都不会被修改或删除：您可以亲自核验。</translation>
    </message>
    <message>
        <source>Check every hash link, Merkle root and signature</source>
        <translation>检查每个哈希链接、默克尔根和签名</translation>
    </message>
    <message>
        <source>Export the chain…</source>
        <translation>导出整条链…</translation>
    </message>
    <message>
        <source>JSON lines an outside auditor can check with SHA-256 and Ed25519 alone (like gongzhi-cli export)</source>
        <translation>外部审计人员仅凭 SHA-256 和 Ed25519 即可核验的 JSON 行文件（同 gongzhi-cli export）</translation>
    </message>
    <message>
        <source>Export list (CSV)…</source>
        <translation>导出列表 (CSV)…</translation>
    </message>
    <message>
        <source>The list of blocks as a spreadsheet for Excel</source>
        <translation>区块列表，可用 Excel 打开</translation>
    </message>
    <message>
        <source>Transaction or record id (64 hex digits)</source>
        <translation>交易或记录编号（64 位十六进制）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Open a transaction or record by its id</source>
        <translation>按编号打开交易或记录</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>The transaction's content in readable form</source>
        <translation>以易读形式查看交易内容</translation>
    </message>
    <message>
        <source>Export inclusion proof…</source>
        <translation>导出包含证明…</translation>
    </message>
    <message>
        <source>A file proving the transaction is in its block</source>
        <translation>证明该交易包含在其区块中的文件</translation>
    </message>
</context>
<context>
    <name>ui::BatchEntryDialog</name>
    <message>
        <source>Record points for an activity's attendees</source>
        <translation>为活动签到居民记分</translation>
    </message>
    <message>
        <source>Optional note for every entry</source>
        <translation>可选：每条记录的备注</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>签到居民</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>计分条目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record for ticked residents</source>
        <translation>为勾选的居民记分</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Activities could not be loaded: %1</source>
        <translation>无法读取活动：%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 attended</source>
        <translation>%1 · %2 · %3 人签到</translation>
    </message>
    <message>
        <source>%1 of %2 residents ticked.</source>
        <translation>已勾选 %1 / %2 名居民。</translation>
    </message>
    <message>
        <source>Attendance already gave each of them “%1”.</source>
        <translation>签到时已为每人计入“%1”。</translation>
    </message>
    <message>
        <source>Choose a rule of the handbook in effect.</source>
        <translation>请选择现行计分标准中的条目。</translation>
    </message>
    <message>
        <source>This rule requires evidence for each resident: record it one by one.</source>
        <translation>此条目需要为每位居民提供佐证材料，请逐个记录。</translation>
    </message>
    <message>
        <source>Attendance already gave this rule's points: choose another rule.</source>
        <translation>签到时已计入此条目的积分，请选择其他条目。</translation>
    </message>
    <message>
        <source>Tick at least one resident.</source>
        <translation>请至少勾选一名居民。</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
</context>
<context>
    <name>ui::BlockCsvJob</name>
    <message>
        <source>Cannot open the ledger: %1</source>
        <translation>无法打开账本：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>出块组织</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易数</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>区块哈希</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未写入文件。</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the list of %n blocks to %1.</source>
        <translation>
            <numerusform>已将 %n 个区块的列表保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BlockListModel</name>
    <message>
        <source>Cannot read the blocks: %1</source>
        <translation>无法读取区块：%1</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>出块组织</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易数</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>区块哈希</translation>
    </message>
</context>
<context>
    <name>ui::ChainExportJob</name>
    <message>
        <source>Cannot open the ledger: %1</source>
        <translation>无法打开账本：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未写入文件。</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n blocks with %1 transactions to %2. An auditor can check the file with SHA-256 and Ed25519 alone.</source>
        <translation>
            <numerusform>已将 %n 个区块、%1 笔交易导出到 %2。审计人员只需 SHA-256 和 Ed25519 即可核验该文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ChainVerifyJob</name>
    <message>
        <source>Cannot open the ledger: %1</source>
        <translation>无法打开账本：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the check: %1</source>
        <translation>无法准备校验：%1</translation>
    </message>
    <message numerus="yes">
        <source>The whole chain verifies: %n blocks and %1 transactions, every hash link, Merkle root and signature is intact. Head %2.</source>
        <translation>
            <numerusform>整条链校验通过：共 %n 个区块、%1 笔交易，每个哈希链接、默克尔根和签名都完好。链头 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification cancelled after block %1 of %2; nothing wrong was found up to there.</source>
        <translation>已取消校验，停在第 %1 个区块（共 %2 个）；此前未发现任何问题。</translation>
    </message>
    <message>
        <source>The chain does NOT verify at block %1: %2</source>
        <translation>链在第 %1 个区块校验未通过：%2</translation>
    </message>
    <message>
        <source>The chain does NOT verify: %1</source>
        <translation>链校验未通过：%1</translation>
    </message>
</context>
<context>
    <name>ui::ChangePinDialog</name>
    <message>
        <source>Change PIN</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>A new PIN for %1. Ask the resident to show an ID card first; the old PIN stops working once the change is on the ledger.</source>
        <translation>为%1设置新密码。请先核验居民身份证；修改写入账本后，旧密码即失效。</translation>
    </message>
</context>
<context>
    <name>ui::CreditLists</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>计分条目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录单位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲正</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>星级</translation>
    </message>
</context>
<context>
    <name>ui::CreditPage</name>
    <message>
        <source>Score events</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>Resident statement</source>
        <translation>居民积分明细</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>积分榜</translation>
    </message>
    <message>
        <source>Points store</source>
        <translation>积分超市</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>计分标准手册</translation>
    </message>
    <message>
        <source>Credit scores</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Record points…</source>
        <translation>记录积分…</translation>
    </message>
    <message>
        <source>Batch entry for an activity…</source>
        <translation>按活动批量记分…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>score-events.csv</source>
        <translation>积分记录.csv</translation>
    </message>
</context>
<context>
    <name>ui::CsvExport</name>
    <message>
        <source>Export to CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>The list could not be saved: %1</source>
        <translation>无法保存列表：%1</translation>
    </message>
</context>
<context>
    <name>ui::DesktopSession</name>
    <message numerus="yes">
        <source>Locked after %n minutes without activity.</source>
        <translation>
            <numerusform>%n 分钟无操作，已自动锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger in %1 could not be opened: %2%3</source>
        <translation>无法打开 %1 中的账本：%2%3</translation>
    </message>
    <message>
        <source>Gongzhi</source>
        <translation>共治</translation>
    </message>
</context>
<context>
    <name>ui::FeedbackDetailDialog</name>
    <message>
        <source>Send reply</source>
        <translation>发送答复</translation>
    </message>
    <message>
        <source>Reply and mark resolved</source>
        <translation>答复并标记为已解决</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Your answer to the resident (they read it at the kiosk)</source>
        <translation>给居民的答复（居民可在自助终端查看）</translation>
    </message>
    <message>
        <source>Why it goes there</source>
        <translation>转办理由</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>指派给</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>转办至</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>This feedback item is not on the ledger.</source>
        <translation>账本上没有该意见。</translation>
    </message>
    <message>
        <source>The item could not be read: %1</source>
        <translation>无法读取该事项：%1</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;Handled by %5 · assignee %6 · resident %7&lt;br&gt;Deadline &lt;span style='color:%8'&gt;%9&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;办理单位 %5 · 经办人 %6 · 居民 %7&lt;br&gt;办理时限 &lt;span style='color:%8'&gt;%9&lt;/span&gt;</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>&lt;br&gt;Hidden from public view: %1</source>
        <translation>&lt;br&gt;已从公开视图隐藏：%1</translation>
    </message>
    <message>
        <source>the ledger</source>
        <translation>账本</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;p&gt;No replies yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;尚无答复。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Queued, not yet on the ledger: %1</source>
        <translation>待发送，尚未写入账本：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Choose a person of the handling organization.</source>
        <translation>请选择办理单位的工作人员。</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>将 %1 指派给 %2</translation>
    </message>
    <message>
        <source>The item is already with %1.</source>
        <translation>该事项已在 %1 办理。</translation>
    </message>
    <message>
        <source>Say why it goes there.</source>
        <translation>请说明转办理由。</translation>
    </message>
    <message>
        <source>Forward %1 to %2</source>
        <translation>将 %1 转办至 %2</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>请先填写答复内容。</translation>
    </message>
    <message>
        <source>The reply is too long or not valid: %1</source>
        <translation>答复过长或无效：%1</translation>
    </message>
    <message>
        <source>Resolve %1</source>
        <translation>办结 %1</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>答复 %1</translation>
    </message>
</context>
<context>
    <name>ui::FeedbackIntakeDialog</name>
    <message>
        <source>The resident wants to stay anonymous</source>
        <translation>居民希望匿名</translation>
    </message>
    <message>
        <source>Enter feedback received by phone or in person</source>
        <translation>登记电话或来访反映的意见</translation>
    </message>
    <message>
        <source>%1 (answer within %2 days)</source>
        <translation>%1（%2 天内答复）</translation>
    </message>
    <message>
        <source>As the category says</source>
        <translation>按类别自动分派</translation>
    </message>
    <message>
        <source>What the resident said, in their words</source>
        <translation>居民反映的内容（尽量保留原话）</translation>
    </message>
    <message>
        <source>Everything typed here stays on the community ledger for good. Do not write ID numbers, phone numbers or addresses.</source>
        <translation>这里填写的内容将永久保存在社区账本上。请勿填写身份证号、电话号码或住址。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>发送至</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>Write down what the resident said.</source>
        <translation>请填写居民反映的内容。</translation>
    </message>
    <message>
        <source>The text seems to contain a phone or ID number. Remove it: the ledger keeps every word for good.</source>
        <translation>内容中似乎有电话号码或身份证号，请删除：账本会永久保存每一个字。</translation>
    </message>
    <message>
        <source>Choose the resident, or tick anonymous.</source>
        <translation>请选择居民，或勾选匿名。</translation>
    </message>
    <message>
        <source>The feedback is not valid: %1</source>
        <translation>意见无效：%1</translation>
    </message>
    <message>
        <source>New feedback: %1</source>
        <translation>新意见：%1</translation>
    </message>
</context>
<context>
    <name>ui::FeedbackLists</name>
    <message>
        <source>Tracking code</source>
        <translation>回执号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>办理单位</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超期）</translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation>%1（即将到期）</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（已隐藏）</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Sent back as not ours</source>
        <translation>以非本单位职责退回</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>Hidden from public view</source>
        <translation>已从公开视图隐藏</translation>
    </message>
    <message>
        <source>Confirmed solved by the resident</source>
        <translation>居民确认已解决</translation>
    </message>
    <message>
        <source>Resident says not solved</source>
        <translation>居民表示未解决</translation>
    </message>
    <message>
        <source>Overdue, escalated to the party committee</source>
        <translation>已超期，上报社区党委</translation>
    </message>
    <message>
        <source>Closed automatically</source>
        <translation>自动办结</translation>
    </message>
    <message>
        <source>Appeal of a score event</source>
        <translation>积分申诉</translation>
    </message>
</context>
<context>
    <name>ui::FeedbackPage</name>
    <message>
        <source>Overdue only</source>
        <translation>仅看超期</translation>
    </message>
    <message>
        <source>Our organization's inbox</source>
        <translation>本单位意见箱</translation>
    </message>
    <message>
        <source>All public items</source>
        <translation>全部公开事项</translation>
    </message>
    <message>
        <source>Escalated to the party committee</source>
        <translation>已上报社区党委</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Enter feedback…</source>
        <translation>登记意见…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>办理时限：</translation>
    </message>
    <message>
        <source>due within 2 days</source>
        <translation>2 天内到期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>action queued, not yet sent</source>
        <translation>操作待发送</translation>
    </message>
    <message>
        <source>feedback.csv</source>
        <translation>意见箱.csv</translation>
    </message>
    <message>
        <source>Feedback inbox</source>
        <translation>意见箱</translation>
    </message>
    <message>
        <source>Nothing in this organization's inbox matches. Feedback routed to other organizations is under &lt;a href="all"&gt;all public items&lt;/a&gt;.</source>
        <translation>本单位意见箱中没有符合条件的意见。转给其他单位办理的意见请在&lt;a href="all"&gt;全部公开意见&lt;/a&gt;中查看。</translation>
    </message>
    <message>
        <source>No feedback matches these filters.</source>
        <translation>没有符合这些条件的意见。</translation>
    </message>
</context>
<context>
    <name>ui::HaltReason</name>
    <message>
        <source>Stopped: this PC's ledger differs from the other organizations'</source>
        <translation>已停止：本机账本与其他组织不一致</translation>
    </message>
    <message>
        <source>Stopped: the ledger could not be saved on this PC</source>
        <translation>已停止：本机无法保存账本</translation>
    </message>
    <message>
        <source>Stopped: this PC's copy of the ledger is damaged</source>
        <translation>已停止：本机的账本副本已损坏</translation>
    </message>
    <message>
        <source>Stopped to protect the ledger's data</source>
        <translation>已停止，以保护账本数据</translation>
    </message>
    <message>
        <source>This PC's ledger no longer matches the other organizations'. It stopped taking part so that the error does not spread. The other organizations keep working. Please contact technical support.</source>
        <translation>本机账本与其他组织不一致，已停止同步以免扩散错误。其他组织不受影响，仍可正常工作。请联系技术支持。</translation>
    </message>
    <message>
        <source>This PC could not save the ledger to its disk (the disk may be full or failing). It stopped so that nothing is recorded only halfway. Free some disk space and restart Gongzhi; if it stops again, contact technical support.</source>
        <translation>本机无法把账本写入硬盘（硬盘可能已满或出现故障），已停止以免记录不完整。请清理硬盘空间后重新启动共治；如再次停止，请联系技术支持。</translation>
    </message>
    <message>
        <source>The copy of the ledger on this PC does not fit what the organizations agreed on. It stopped so that the damage does not spread; the other organizations' copies are not affected. Please contact technical support.</source>
        <translation>本机的账本副本与各组织共同确认的内容不符，已停止以免损坏扩散；其他组织的副本不受影响。请联系技术支持。</translation>
    </message>
    <message>
        <source>This PC's ledger node stopped to protect the data. Nothing that was saved is lost, and changes made here wait until it runs again. Please contact technical support.</source>
        <translation>本机账本节点已停止以保护数据。已保存的内容不会丢失，本机所做的更改会等到节点恢复运行后再发送。请联系技术支持。</translation>
    </message>
    <message>
        <source>The node reported no reason.</source>
        <translation>节点未报告原因。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>The ledger stopped</source>
        <translation>账本已停止</translation>
    </message>
</context>
<context>
    <name>ui::HandbookDraftDialog</name>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category code</source>
        <translation>类别代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Monthly cap (0 = none)</source>
        <translation>每月上限（0 = 不限）</translation>
    </message>
    <message>
        <source>Evidence (yes/no)</source>
        <translation>需佐证（是/否）</translation>
    </message>
    <message>
        <source>From points</source>
        <translation>起始积分</translation>
    </message>
    <message>
        <source>New handbook version</source>
        <translation>计分标准手册新版本</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>计分条目</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>%1 (takes effect when a party committee secretary approves it)</source>
        <translation>%1（经社区党委书记批准后生效）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>rule %1: points and cap must be whole numbers</source>
        <translation>第 %1 条：积分和上限须为整数</translation>
    </message>
    <message>
        <source>level %1: points must be a whole number</source>
        <translation>第 %1 个星级：积分须为整数</translation>
    </message>
    <message>
        <source>Continuing the draft saved on this PC.</source>
        <translation>继续编辑本机保存的草稿。</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <source>Draft saved on this PC. Nothing is on the ledger until you send it.</source>
        <translation>草稿已保存在本机。提交审批前不会写入账本。</translation>
    </message>
    <message>
        <source>The draft is not complete: %1</source>
        <translation>草稿不完整：%1</translation>
    </message>
    <message>
        <source>Handbook version %1 sent for approval</source>
        <translation>计分标准手册第 %1 版已提交审批</translation>
    </message>
</context>
<context>
    <name>ui::HandbookView</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>计分条目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Monthly cap</source>
        <translation>每月上限</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>From points earned</source>
        <translation>累计积分达到</translation>
    </message>
    <message>
        <source>Prepare a new version…</source>
        <translation>拟定新版本…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>handbook-rules.csv</source>
        <translation>计分条目.csv</translation>
    </message>
    <message>
        <source>No scoring handbook is in effect yet.</source>
        <translation>尚无施行中的计分标准手册。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2 · in effect since %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 第 %2 版 · %3 起施行</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>required</source>
        <translation>需要</translation>
    </message>
</context>
<context>
    <name>ui::InvitationDialog</name>
    <message>
        <source>Invite an organization</source>
        <translation>邀请组织加入</translation>
    </message>
    <message>
        <source>e.g. Xingfuli Seniors' Association</source>
        <translation>例如：幸福里老年协会</translation>
    </message>
    <message>
        <source>Organization name:</source>
        <translation>组织名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Save invitation</source>
        <translation>保存邀请</translation>
    </message>
    <message>
        <source>invitation-%1.json</source>
        <translation>邀请-%1.json</translation>
    </message>
    <message>
        <source>Gongzhi invitations (*.json)</source>
        <translation>共治邀请文件 (*.json)</translation>
    </message>
    <message>
        <source>%1 is already a member.</source>
        <translation>%1 已是成员。</translation>
    </message>
    <message>
        <source>Cannot save the invitation: %1</source>
        <translation>无法保存邀请：%1</translation>
    </message>
    <message>
        <source>Saved the invitation for %1 to %2. Give them the file and read them the code above on the phone; their join request will show the same code.</source>
        <translation>已把给 %1 的邀请保存到 %2。请把文件交给对方，并在电话中向对方念出上面的邀请码；对方的入盟申请上会显示同样的邀请码。</translation>
    </message>
    <message>
        <source>A kiosk PC of our organization (self-service screen: keeps a copy of the ledger, never votes)</source>
        <translation>本组织的自助终端电脑（自助服务屏：保存一份账本，从不投票）</translation>
    </message>
    <message>
        <source>Cannot read the ledger's first block: %1</source>
        <translation>无法读取账本的第一个区块：%1</translation>
    </message>
    <message>
        <source>Create invitation file…</source>
        <translation>生成邀请文件…</translation>
    </message>
    <message>
        <source>Invite by code only</source>
        <translation>仅用邀请码邀请</translation>
    </message>
    <message>
        <source>The invited organization installs Gongzhi on its office PC. There it fetches the invitation from this PC with the code shown here (read it out on the phone), or opens the invitation file. Its PC then sends back a join request, which a party secretary approves on the Network page.</source>
        <translation>受邀组织在其办公电脑上安装共治，在那里用这里显示的邀请码（请在电话中念给对方）从本机获取邀请，或打开邀请文件。随后对方电脑会发回加入申请，由党组织书记在“网络”页面批准。</translation>
    </message>
    <message>
        <source>On the new PC, choose &lt;i&gt;Fetch invitation&lt;/i&gt; and enter this PC's address &lt;b&gt;%1&lt;/b&gt; and the code. Consortium fingerprint: &lt;b&gt;%2&lt;/b&gt; — the new PC shows the same; compare it on the phone. The code is valid for 7 days, once.</source>
        <translation>在新电脑上选择&lt;i&gt;获取邀请&lt;/i&gt;，输入本机地址 &lt;b&gt;%1&lt;/b&gt; 和邀请码。联盟指纹：&lt;b&gt;%2&lt;/b&gt;——新电脑上显示的应相同，请在电话中核对。邀请码 7 天内有效，仅能使用一次。</translation>
    </message>
    <message>
        <source>Invitation for %1 created. Read them the code above on the phone; their join request will arrive on the Network page.</source>
        <translation>已为 %1 生成邀请。请在电话中把上面的邀请码念给对方；对方的加入申请会出现在“网络”页面。</translation>
    </message>
</context>
<context>
    <name>ui::JobProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Block %1 of %2</source>
        <translation>第 %1 个区块，共 %2 个</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ui::JoinApprovalDialog</name>
    <message>
        <source>Admit the organization</source>
        <translation>接纳该组织</translation>
    </message>
    <message>
        <source>Approve a join</source>
        <translation>审批入盟</translation>
    </message>
    <message>
        <source>Open the join request the new organization sent you, check that it shows the code you gave them, then admit it. Its node receives the whole ledger and keeps a copy like every member.</source>
        <translation>打开新组织发来的入盟申请，核对其中的邀请码与您给出的一致，然后接纳。其节点将收到完整账本，并像每个成员一样保存一份副本。</translation>
    </message>
    <message>
        <source>Open join request…</source>
        <translation>打开入盟申请…</translation>
    </message>
    <message>
        <source>64 hex digits, from the join request</source>
        <translation>64 位十六进制数字，见入盟申请</translation>
    </message>
    <message>
        <source>Organization name:</source>
        <translation>组织名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Node key:</source>
        <translation>节点密钥：</translation>
    </message>
    <message>
        <source>Invitation code:</source>
        <translation>邀请码：</translation>
    </message>
    <message>
        <source>Open join request</source>
        <translation>打开入盟申请</translation>
    </message>
    <message>
        <source>Gongzhi join requests (*.json)</source>
        <translation>共治入盟申请 (*.json)</translation>
    </message>
    <message>
        <source>This is not a usable join request: %1</source>
        <translation>这不是可用的入盟申请：%1</translation>
    </message>
    <message>
        <source>This join request is for another consortium.</source>
        <translation>此入盟申请属于另一个联盟。</translation>
    </message>
    <message>
        <source>Only a party committee secretary or an administrator can admit an organization.</source>
        <translation>只有社区党委书记或管理员可以接纳组织。</translation>
    </message>
    <message>
        <source>Enter the organization's name.</source>
        <translation>请输入组织名称。</translation>
    </message>
    <message>
        <source>%1 is already a member.</source>
        <translation>%1 已是成员。</translation>
    </message>
    <message>
        <source>The node key is 64 hex digits (0-9, a-f); copy it from the join request.</source>
        <translation>节点密钥为 64 位十六进制数字（0-9、a-f），请从入盟申请中复制。</translation>
    </message>
    <message>
        <source>This node key is already used by %1.</source>
        <translation>此节点密钥已被 %1 使用。</translation>
    </message>
    <message>
        <source>Organization no. %1, %2 (%3), with node %4, will be admitted, signed by you (%5).</source>
        <translation>将接纳第 %1 号组织 %2（%3），节点 %4，由您（%5）签名。</translation>
    </message>
    <message>
        <source>As an administrator, your admission waits for a party committee secretary's approval.</source>
        <translation>您以管理员身份接纳，需等待社区党委书记批准。</translation>
    </message>
    <message>
        <source>Cannot admit: %1</source>
        <translation>无法接纳：%1</translation>
    </message>
    <message>
        <source>Queued: signed and saved on this PC; it is sent when enough members are online.</source>
        <translation>待发送：已签名并保存在本机；足够多的成员在线时即发送。</translation>
    </message>
    <message>
        <source>Sent: waiting for the members to record it.</source>
        <translation>已发送：等待各成员记录。</translation>
    </message>
    <message>
        <source>Recorded in block %1; waiting for a party committee secretary's approval.</source>
        <translation>已记录在第 %1 个区块；等待社区党委书记批准。</translation>
    </message>
    <message>
        <source>✗ Not admitted: %1</source>
        <translation>✗ 未接纳：%1</translation>
    </message>
    <message>
        <source>This request comes from an older version: it has no network address, so the organization becomes a member but its PC cannot join the network. Ask them for a new request.</source>
        <translation>此申请来自旧版本，没有网络地址：该组织可以成为成员，但其电脑无法加入网络。请让对方重新生成申请。</translation>
    </message>
    <message>
        <source>Enrol its administrator</source>
        <translation>登记其管理员</translation>
    </message>
    <message>
        <source>Only the party committee's secretary can enrol another organization's administrator.</source>
        <translation>只有社区党委书记可以为其他组织登记管理员。</translation>
    </message>
    <message>
        <source>Organization no. %1 is not an active member.</source>
        <translation>%1 号组织不是在册成员。</translation>
    </message>
    <message>
        <source>%1 is a member already. %2 will be enrolled as its administrator, signed by you (%3).</source>
        <translation>%1 已是成员。将由您（%3）签名，登记 %2 为其管理员。</translation>
    </message>
    <message>
        <source>Node %1 of %2 will be added as %3, signed by you (%4).</source>
        <translation>将由您（%4）签名，把 %2 的节点 %1 添加为%3。</translation>
    </message>
    <message>
        <source>a kiosk that never votes</source>
        <translation>不参与投票的自助终端</translation>
    </message>
    <message>
        <source>a voting node</source>
        <translation>参与投票的节点</translation>
    </message>
    <message>
        <source>Then %1 is enrolled as its administrator.</source>
        <translation>随后登记 %1 为其管理员。</translation>
    </message>
    <message>
        <source>Its administrator %1 is enrolled afterwards by the party committee's secretary (opening this request again).</source>
        <translation>其管理员 %1 随后由社区党委书记登记（再次打开此申请）。</translation>
    </message>
    <message>
        <source>✓ %1 enrolled as the organization's administrator in block %2. They can sign in on their PC once it has caught up.</source>
        <translation>✓ 已在第 %2 区块登记 %1 为该组织管理员。对方电脑同步完成后即可登录。</translation>
    </message>
    <message>
        <source>✓ Admitted in block %1. The new node now copies the ledger and takes part.</source>
        <translation>✓ 已在第 %1 区块接纳。新节点正在复制账本并加入网络。</translation>
    </message>
    <message>
        <source>Cannot enrol the administrator: %1</source>
        <translation>无法登记管理员：%1</translation>
    </message>
</context>
<context>
    <name>ui::JoinProgressDialog</name>
    <message>
        <source>Continue to sign-in</source>
        <translation>继续登录</translation>
    </message>
    <message>
        <source>Joining the consortium</source>
        <translation>正在加入联盟</translation>
    </message>
    <message>
        <source>1. Waiting to be admitted</source>
        <translation>1. 等待被接纳</translation>
    </message>
    <message>
        <source>2. Copying the ledger</source>
        <translation>2. 正在复制账本</translation>
    </message>
    <message>
        <source>3. Waiting for the administrator's enrolment</source>
        <translation>3. 等待登记管理员</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>已加入</translation>
    </message>
    <message>
        <source>Give the join request file to the organization that invited you and confirm the code &lt;b&gt;%1&lt;/b&gt; with them on the phone. A party secretary approves it there; this PC then receives the ledger by itself.&lt;br&gt;This PC's node key fingerprint: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>请把入网申请文件交给邀请您的组织，并在电话中与对方核对确认码 &lt;b&gt;%1&lt;/b&gt;。由对方的党委书记审批后，本机会自动接收账本。&lt;br&gt;本机节点密钥指纹：&lt;b&gt;%2&lt;/b&gt;。</translation>
    </message>
    <message>
        <source> (%1 blocks per second)</source>
        <translation>（每秒 %1 个区块）</translation>
    </message>
    <message>
        <source>The members admitted this PC. It is copying the ledger and checking every signature: block %1 so far%2.</source>
        <translation>成员已接纳本机。正在复制账本并核验每个签名：目前到第 %1 区块%2。</translation>
    </message>
    <message>
        <source>This PC holds the whole ledger and takes part in the network.</source>
        <translation>本机已持有完整账本并加入网络。</translation>
    </message>
    <message>
        <source>This PC holds the whole ledger and takes part in the network. %1 can now sign in as your organization's administrator.</source>
        <translation>本机已持有完整账本并加入网络。%1 现在可以作为本组织管理员登录。</translation>
    </message>
    <message>
        <source>This PC holds the whole ledger. The party committee's secretary still has to enrol &lt;b&gt;%1&lt;/b&gt; as your organization's administrator (Network page → Approve a join, with the same join request).</source>
        <translation>本机已持有完整账本。还需社区党委书记登记 &lt;b&gt;%1&lt;/b&gt; 为本组织管理员（在“网络”页 → “审批入网”，使用同一份入网申请）。</translation>
    </message>
</context>
<context>
    <name>ui::JoinRequestsWidget</name>
    <message>
        <source>Join requests received</source>
        <translation>收到的加入申请</translation>
    </message>
    <message>
        <source>Review and approve…</source>
        <translation>审核并批准…</translation>
    </message>
    <message>
        <source>New PCs sent these with an invitation code from this PC. Compare the code and the node fingerprint with the caller, then approve.</source>
        <translation>新电脑使用本机发出的邀请码发来了这些申请。请与来电者核对邀请码和节点指纹，然后批准。</translation>
    </message>
    <message>
        <source>%1 — code %2, node %3 at %4</source>
        <translation>%1 — 邀请码 %2，节点 %3，地址 %4</translation>
    </message>
    <message>
        <source> (kiosk)</source>
        <translation>（自助终端）</translation>
    </message>
    <message>
        <source>, administrator %1</source>
        <translation>，管理员 %1</translation>
    </message>
</context>
<context>
    <name>ui::LazyTableModel</name>
    <message>
        <source>Queued: %1</source>
        <translation>待发送：%1</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Gongzhi — %1</source>
        <translation>共治 — %1</translation>
    </message>
    <message>
        <source>Gongzhi</source>
        <translation>共治</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>ui::MemberModel</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Online (this computer)</source>
        <translation>在线（本机）</translation>
    </message>
    <message>
        <source>Not in the network</source>
        <translation>未接入网络</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <source>Seeking election</source>
        <translation>正在选举</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>投票成员</translation>
    </message>
    <message>
        <source>Learner (catching up, no vote)</source>
        <translation>学习者（同步中，无投票权）</translation>
    </message>
    <message>
        <source>Unknown node %1</source>
        <translation>未知节点 %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已同步</translation>
    </message>
    <message numerus="yes">
        <source>%n blocks behind</source>
        <translation>
            <numerusform>落后 %n 个区块</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the leader knows how far each member is behind.</source>
        <translation>只有领导者知道各成员落后多少。</translation>
    </message>
    <message>
        <source>Node key %1</source>
        <translation>节点密钥 %1</translation>
    </message>
    <message>
        <source>The organization is on the ledger, but no node of it takes part in the replication.</source>
        <translation>该组织已在账本上，但没有节点参与数据同步。</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>This computer has no connection to it: it is switched off, or the network between the two is down.</source>
        <translation>本机与它没有连接：它已关机，或两台电脑之间的网络不通。</translation>
    </message>
</context>
<context>
    <name>ui::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Cannot read the organizations: %1</source>
        <translation>无法读取组织信息：%1</translation>
    </message>
    <message>
        <source>This computer is the node of &lt;b&gt;%1&lt;/b&gt; in %2.</source>
        <translation>本机是 &lt;b&gt;%1&lt;/b&gt; 在 %2 中的节点。</translation>
    </message>
    <message>
        <source>This computer leads the network: it puts new entries into blocks.</source>
        <translation>本机是网络的领导者：负责把新条目打包成区块。</translation>
    </message>
    <message>
        <source>This computer follows the leader and keeps a full copy.</source>
        <translation>本机跟随领导者，并保存一份完整副本。</translation>
    </message>
    <message>
        <source>No leader at the moment; the members are electing one.</source>
        <translation>当前没有领导者，各成员正在选举。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n voting members online</source>
        <translation>
            <numerusform>%n 个投票成员中 %1 个在线</numerusform>
        </translation>
    </message>
    <message>
        <source>changes are recorded on the ledger.</source>
        <translation>改动会记录到账本上。</translation>
    </message>
    <message>
        <source>too few are online: changes wait in the queue (queued) until more members are back.</source>
        <translation>在线成员太少：改动先进入待发送队列，等更多成员恢复在线。</translation>
    </message>
    <message>
        <source>%1 %2; %3 Block height %4.</source>
        <translation>%1%2；%3区块高度 %4。</translation>
    </message>
    <message>
        <source>Only a party secretary or an administrator can invite and admit organizations.</source>
        <translation>只有党组织书记或管理员可以邀请和接纳组织。</translation>
    </message>
    <message>
        <source>Only the leader's computer can hand leadership over.</source>
        <translation>只有领导者所在的电脑可以移交领导权。</translation>
    </message>
    <message>
        <source>Select an online voting member to hand leadership to.</source>
        <translation>请选择一个在线的投票成员来接任领导者。</translation>
    </message>
    <message>
        <source>Let %1's computer lead the network, e.g. before this computer is shut down.</source>
        <translation>让 %1 的电脑领导网络，例如在本机关机之前。</translation>
    </message>
    <message>
        <source>Transfer leadership</source>
        <translation>移交领导权</translation>
    </message>
    <message>
        <source>Hand the leadership of the network to %1's computer? Nothing recorded is lost; the network pauses for a moment while the new leader takes over.</source>
        <translation>把网络的领导权移交给 %1 的电脑？已记录的内容不会丢失；新领导者接任期间网络会短暂暂停。</translation>
    </message>
    <message>
        <source>Leadership was not handed over: %1</source>
        <translation>领导权未能移交：%1</translation>
    </message>
    <message>
        <source>Handing leadership to %1…</source>
        <translation>正在把领导权移交给 %1…</translation>
    </message>
    <message>
        <source>Each member organization keeps a full copy of the ledger on its office PC. The copies stay identical as long as more than half of the voting members are online.</source>
        <translation>每个成员组织都在自己的办公电脑上保存一份完整账本。只要超过半数的投票成员在线，各份副本就保持一致。</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>复制密钥</translation>
    </message>
    <message>
        <source>Copy this node's full key, e.g. to compare it on the phone</source>
        <translation>复制本节点的完整密钥，例如用于电话核对</translation>
    </message>
    <message>
        <source>Key fingerprint — compare it with what other members see for this computer:</source>
        <translation>密钥指纹——请与其他成员看到的本机指纹核对：</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Invite an organization…</source>
        <translation>邀请组织…</translation>
    </message>
    <message>
        <source>Approve a join…</source>
        <translation>审批入盟…</translation>
    </message>
    <message>
        <source>Transfer leadership…</source>
        <translation>移交领导权…</translation>
    </message>
</context>
<context>
    <name>ui::OverviewCharts</name>
    <message>
        <source>Feedback per week, by status</source>
        <translation>每周意见数（按状态）</translation>
    </message>
    <message>
        <source>Points awarded in %1, by category</source>
        <translation>%1 年各类别发放积分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Public records by kind</source>
        <translation>各类公开记录</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>新意见</translation>
    </message>
    <message>
        <source>Overdue feedback</source>
        <translation>超期意见</translation>
    </message>
    <message>
        <source>Residents satisfied</source>
        <translation>居民满意度</translation>
    </message>
    <message>
        <source>Points awarded</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <source>Records published</source>
        <translation>公示记录</translation>
    </message>
    <message>
        <source>Ledger network</source>
        <translation>账本网络</translation>
    </message>
    <message>
        <source>The overview could not be read from the ledger: %1</source>
        <translation>无法从账本读取总览：%1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>A month, e.g. "June 2026" (QDate format)</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Figures as of %1, the latest entry in the ledger.</source>
        <translation>数据截至 %1（账本中最新一条记录）。</translation>
    </message>
    <message>
        <source>items to decide</source>
        <translation>项待您决定</translation>
    </message>
    <message>
        <source>waiting for someone to take them</source>
        <translation>等待有人接办</translation>
    </message>
    <message>
        <source>past the response deadline</source>
        <translation>已超过办理时限</translation>
    </message>
    <message numerus="yes">
        <source>of %n rated replies</source>
        <translation>
            <numerusform>共 %n 条评价</numerusform>
        </translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>暂无评价</translation>
    </message>
    <message>
        <source>quorum reached</source>
        <translation>已达法定多数</translation>
    </message>
    <message>
        <source>no quorum: changes wait</source>
        <translation>未达法定多数：变更等待中</translation>
    </message>
    <message numerus="yes">
        <source>, %n entries not yet committed</source>
        <translation>
            <numerusform>，%n 条尚未提交</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%1/%2 在线</translation>
    </message>
</context>
<context>
    <name>ui::PayloadDescriber</name>
    <message>
        <source>the type %1 is unknown to this version</source>
        <translation>本版本不认识类型 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (node)</source>
        <translation>%1（节点）</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>组织 %1</translation>
    </message>
    <message>
        <source>Not decoded</source>
        <translation>未能解码</translation>
    </message>
    <message numerus="yes">
        <source>Payload (%n bytes, hex)</source>
        <translation>
            <numerusform>内容（%n 字节，十六进制）</numerusform>
        </translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>%1 (%2), node %3</source>
        <translation>%1（%2），节点 %3</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>%1, %2 of %3, key %4</source>
        <translation>%1，%3 的%2，密钥 %4</translation>
    </message>
    <message>
        <source>Organization number</source>
        <translation>组织编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Node key</source>
        <translation>节点密钥</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>New node key</source>
        <translation>新节点密钥</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新密钥</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Transaction decided</source>
        <translation>所决定的交易</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Deductions needing approval</source>
        <translation>需审批的扣分</translation>
    </message>
    <message numerus="yes">
        <source>more than %n points</source>
        <translation>
            <numerusform>超过 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved feedback closes after</source>
        <translation>已解决的意见自动关闭时间</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Resident (pseudonym)</source>
        <translation>居民（化名）</translation>
    </message>
    <message>
        <source>PIN check value</source>
        <translation>PIN 校验值</translation>
    </message>
    <message>
        <source>Consents to a masked name</source>
        <translation>同意显示脱敏姓名</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Masked name</source>
        <translation>脱敏姓名</translation>
    </message>
    <message>
        <source>no decoder for this type</source>
        <translation>此类型没有解码器</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>%1 (%2), SHA-256 %3</source>
        <translation>%1（%2），SHA-256 %3</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>指派给</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Attendance earns points by rule</source>
        <translation>参加活动按规则加分</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation>%1：%2 分</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>%1 from %2 points</source>
        <translation>%1：%2 分起</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Handbook version</source>
        <translation>手册版本</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evidence (SHA-256)</source>
        <translation>证据（SHA-256）</translation>
    </message>
    <message>
        <source>Points entry</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>所需积分</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>上架</translation>
    </message>
    <message>
        <source>No, delisted</source>
        <translation>否，已下架</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>For</source>
        <translation>办理单位</translation>
    </message>
    <message>
        <source>Routed by category</source>
        <translation>按类别分派</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>转至</translation>
    </message>
    <message>
        <source>The party committee</source>
        <translation>社区党委</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>No, reopened</source>
        <translation>否，已重新打开</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 分（满分 5 分）</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2, answer within %n days</source>
        <translation>
            <numerusform>%1 → %2，%n 天内答复</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::PendingList</name>
    <message>
        <source>Double-click a refused entry to dismiss it.</source>
        <translation>双击被拒绝的条目可将其移除。</translation>
    </message>
    <message>
        <source>Score event</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Store item</source>
        <translation>兑换商品</translation>
    </message>
    <message>
        <source>Handbook version</source>
        <translation>计分标准手册新版本</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>新意见</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Queued: will be sent when the ledger can be reached</source>
        <translation>待发送：连上账本后自动发送</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Saved to the ledger</source>
        <translation>已写入账本</translation>
    </message>
    <message>
        <source>Waiting for a secretary's approval</source>
        <translation>等待书记批准</translation>
    </message>
    <message>
        <source>Refused by the ledger: %1</source>
        <translation>账本拒绝：%1</translation>
    </message>
</context>
<context>
    <name>ui::PeoplePage</name>
    <message>
        <source>Add a person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <source>Change roles…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <source>New key (forgotten password)…</source>
        <translation>新密钥（忘记密码）…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>People who sign for the organizations</source>
        <translation>为各组织签名的人员</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Signs in on this PC</source>
        <translation>可在本机登录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The people could not be read from the ledger: %1</source>
        <translation>无法从账本读取人员：%1</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>全部组织</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Removed %1: %2</source>
        <translation>已于 %1 移除：%2</translation>
    </message>
    <message>
        <source>Key replaced %1</source>
        <translation>已于 %1 更换密钥</translation>
    </message>
    <message>
        <source>Organization removed</source>
        <translation>组织已退出</translation>
    </message>
    <message>
        <source>founder</source>
        <translation>创始成员</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Key file left</source>
        <translation>密钥文件仍在</translation>
    </message>
    <message>
        <source>%1 enrolled, %2 removed or replaced. Greyed rows can sign nothing.</source>
        <translation>%1 人在册，%2 人已移除或更换密钥。灰色行不能再签署任何内容。</translation>
    </message>
    <message>
        <source>Only %1's own organization (an administrator or secretary of %2) can give them a new key. You can instead remove %1 and enrol them again: they then get a new key and password, with the roles you tick.</source>
        <translation>只有 %1 所在组织（%2 的管理员或书记）可以为其生成新密钥。您可以改为移除 %1 并重新登记：其将获得新的密钥和密码，角色按您勾选的设置。</translation>
    </message>
    <message>
        <source>Wang Fang</source>
        <translation>王芳</translation>
    </message>
    <message>
        <source>Left the community office</source>
        <translation>已离开社区办公室</translation>
    </message>
</context>
<context>
    <name>ui::PersonChangeDialog</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Roles decide what %1 may sign (docs: permission matrix). A person keeps at least one role; to take all, remove the person.</source>
        <translation>角色决定 %1 可以签署什么（见权限矩阵）。每人至少保留一个角色；要取消全部角色，请移除此人。</translation>
    </message>
    <message>
        <source>Revoke: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Grant: %1</source>
        <translation>授予：%1</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>更改：</translation>
    </message>
    <message>
        <source>Submit the change</source>
        <translation>提交更改</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>移除人员</translation>
    </message>
    <message>
        <source>Remove %1? Afterwards their key can sign nothing: they cannot sign in to work any more. What they signed stays on the ledger. This cannot be undone; to work again they must be enrolled anew.</source>
        <translation>确定移除 %1？此后其密钥不能再签署任何内容：不能再登录工作。其已签署的内容保留在账本上。此操作不可撤销；如需再次工作，必须重新登记。</translation>
    </message>
    <message>
        <source>e.g. left the community office</source>
        <translation>例如：已离开社区办公室</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Only an administrator or a secretary can do this.</source>
        <translation>只有管理员或书记可以执行此操作。</translation>
    </message>
    <message>
        <source>This person belongs to another organization.</source>
        <translation>此人属于其他组织。</translation>
    </message>
    <message>
        <source>This person is no longer enrolled.</source>
        <translation>此人已不在册。</translation>
    </message>
    <message>
        <source>There is no role change to make.</source>
        <translation>没有可做的角色更改。</translation>
    </message>
    <message>
        <source>Enter the reason; it is kept on the ledger.</source>
        <translation>请输入原因；原因将记录在账本上。</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator or secretary.</source>
        <translation>不能移除自己；请其他管理员或书记操作。</translation>
    </message>
    <message>
        <source>As an administrator, your role change takes effect once a party committee secretary approves it.</source>
        <translation>您是管理员，角色更改须经社区党委书记批准后生效。</translation>
    </message>
    <message>
        <source>Signed by you (%1).</source>
        <translation>由您（%1）签名。</translation>
    </message>
    <message>
        <source>✓ Roles changed in block %1.</source>
        <translation>✓ 已在第 %1 块更改角色。</translation>
    </message>
    <message>
        <source>✓ Removed in block %1.</source>
        <translation>✓ 已在第 %1 块移除。</translation>
    </message>
</context>
<context>
    <name>ui::PersonKeyDialog</name>
    <message>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>New key for %1</source>
        <translation>为 %1 生成新密钥</translation>
    </message>
    <message>
        <source>%1 gets a new signing key with a new password; their name, organization and roles stay. The old key can sign nothing afterwards. Let %1 type the new password themselves.</source>
        <translation>%1 将获得新的签名密钥和新密码；姓名、组织和角色不变。旧密钥此后不能再签署任何内容。请让 %1 本人输入新密码。</translation>
    </message>
    <message>
        <source>The new person gets their own signing key on this PC. Let them type their password themselves: they sign in with it here. Nobody can recover a forgotten password; an administrator can give them a new key.</source>
        <translation>新人员将在本机获得自己的签名密钥。请让其本人输入密码：以后在本机用它登录。忘记的密码无人能找回；管理员可以为其生成新密钥。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Their password:</source>
        <translation>本人密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Make the new key</source>
        <translation>生成新密钥</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Only an administrator or a secretary can do this.</source>
        <translation>只有管理员或书记可以执行此操作。</translation>
    </message>
    <message>
        <source>Enter the person's name.</source>
        <translation>请输入人员姓名。</translation>
    </message>
    <message>
        <source>There is no organization you may enrol into.</source>
        <translation>没有您可以登记人员的组织。</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>请至少勾选一个角色。</translation>
    </message>
    <message>
        <source>Passwords need at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The passwords typed twice do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The new key is saved on this PC; %1 signs in here with the new password.</source>
        <translation>新密钥保存在本机；%1 以后在本机用新密码登录。</translation>
    </message>
    <message>
        <source>%1 (%2) will be enrolled in %3, signed by you (%4).</source>
        <translation>%1（%2）将登记到%3，由您（%4）签名。</translation>
    </message>
    <message>
        <source>Their key file is saved on this PC; they sign in at a PC of their own organization, so copy the file from the keys folder to that PC's.</source>
        <translation>其密钥文件保存在本机；其需在本组织的电脑上登录，请将 keys 文件夹中的该文件复制到那台电脑的 keys 文件夹。</translation>
    </message>
    <message>
        <source>Protecting the key with the password (a few seconds)…</source>
        <translation>正在用密码保护密钥（需要几秒钟）…</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>无法保存密钥：%1</translation>
    </message>
    <message>
        <source>Key saved on this PC (%1).</source>
        <translation>密钥已保存在本机（%1）。</translation>
    </message>
    <message>
        <source>✓ New key in effect since block %1.</source>
        <translation>✓ 新密钥自第 %1 块起生效。</translation>
    </message>
    <message>
        <source>✓ Enrolled in block %1; they can sign in now.</source>
        <translation>✓ 已在第 %1 块登记；现在即可登录。</translation>
    </message>
    <message>
        <source>The key file was deleted again.</source>
        <translation>密钥文件已重新删除。</translation>
    </message>
</context>
<context>
    <name>ui::PinEntry</name>
    <message>
        <source>6 digits</source>
        <translation>6 位数字</translation>
    </message>
    <message>
        <source>Generate a PIN</source>
        <translation>随机生成密码</translation>
    </message>
    <message>
        <source>PIN: %1 (also printed on the slip)</source>
        <translation>密码：%1（凭条上也会打印）</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The PIN has 6 digits.</source>
        <translation>密码须为 6 位数字。</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ui::ProofExport</name>
    <message>
        <source>Transaction %1 is not on the chain.</source>
        <translation>交易 %1 不在链上。</translation>
    </message>
    <message>
        <source>Cannot make the proof: %1</source>
        <translation>无法生成证明：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved the proof that this transaction is in block %1 to %2. Anyone can check it without the ledger: gongzhi-cli verify-proof --proof FILE</source>
        <translation>已把该交易包含在第 %1 个区块中的证明保存到 %2。任何人无需账本即可核验：gongzhi-cli verify-proof --proof 文件</translation>
    </message>
</context>
<context>
    <name>ui::RankingView</name>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Residents are shown by name only on the PC of the organization that registered them; elsewhere by masked name (with consent) or number. The level comes from all points earned.</source>
        <translation>居民姓名只在登记单位的电脑上显示；其他地方显示脱敏姓名（经本人同意）或编号。星级按累计获得的积分评定。</translation>
    </message>
    <message>
        <source>ranking-%1.csv</source>
        <translation>积分榜-%1.csv</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
</context>
<context>
    <name>ui::RecordCsvExport</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <source>Income (yuan)</source>
        <translation>收入（元）</translation>
    </message>
    <message>
        <source>Expense (yuan)</source>
        <translation>支出（元）</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>进度（%）</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ui::RecordDetailDialog</name>
    <message>
        <source>Governance record</source>
        <translation>治理记录</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>History (every step is signed and kept on the ledger)</source>
        <translation>历史（每一步都有签名并记录在账本上）</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Progress update…</source>
        <translation>进展更新…</translation>
    </message>
    <message>
        <source>Mark completed…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Print notice…</source>
        <translation>打印公示…</translation>
    </message>
    <message>
        <source>Notice as PDF…</source>
        <translation>公示导出为 PDF…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This record cannot be shown: %1</source>
        <translation>无法显示这条记录：%1</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ 已验证</translation>
    </message>
    <message>
        <source>✗ does not verify</source>
        <translation>✗ 验证失败</translation>
    </message>
    <message>
        <source>✗ not in the block store</source>
        <translation>✗ 区块中找不到</translation>
    </message>
    <message>
        <source>— (block time)</source>
        <translation>—（按区块时间）</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>无法读取历史：%1</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n step(s) of this history do not verify.</source>
        <translation>
            <numerusform>警告：历史中有 %n 步未通过验证。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every signed step verifies against the ledger.</source>
        <translation>每一个签名步骤都已对照账本验证通过。</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Approval refused</source>
        <translation>审批被拒绝</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>进展更新</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>The file “%1” is not on this PC yet (attachments are not copied between organizations).</source>
        <translation>文件“%1”尚不在本机上（附件不会在组织之间自动复制）。</translation>
    </message>
    <message>
        <source>The file “%1” on this PC does not match the ledger: %2</source>
        <translation>本机上的文件“%1”与账本记录不符：%2</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened.</source>
        <translation>无法打开文件“%1”。</translation>
    </message>
</context>
<context>
    <name>ui::RecordEditorDialog</name>
    <message>
        <source>Amend record</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <source>Governance record</source>
        <translation>治理记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>A short title residents will understand</source>
        <translation>简短、居民看得懂的标题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The full text of the notice</source>
        <translation>公示的全文</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Income or expense</source>
        <translation>收入或支出</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>承办组织</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Rule code for attendance points (optional)</source>
        <translation>参加活动加分的规则代码（可选）</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Points rule</source>
        <translation>加分规则</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Why the record is corrected (shown in its history)</source>
        <translation>更正原因（记入历史）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Keep it on this PC; nothing is sent</source>
        <translation>只保存在本机，不会发送</translation>
    </message>
    <message>
        <source>Submit amendment</source>
        <translation>提交更正</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot store the attachment: %1</source>
        <translation>无法保存附件：%1</translation>
    </message>
    <message>
        <source>%1 (%2 KB, SHA-256 %3)</source>
        <translation>%1（%2 KB，SHA-256 %3）</translation>
    </message>
    <message>
        <source>Please give the record a title.</source>
        <translation>请填写记录标题。</translation>
    </message>
    <message>
        <source>The text is blank.</source>
        <translation>正文是空白的。</translation>
    </message>
    <message>
        <source>A financial disclosure needs at least one income or expense line.</source>
        <translation>财务公开至少需要一条收入或支出明细。</translation>
    </message>
    <message>
        <source>Every line needs an item.</source>
        <translation>每一行都需要填写项目。</translation>
    </message>
    <message>
        <source>Every line needs an amount in yuan, e.g. 1280.50.</source>
        <translation>每一行都需要填写金额（元），例如 1280.50。</translation>
    </message>
    <message>
        <source>A task needs an organization and a deadline.</source>
        <translation>工作任务需要承办组织和办理时限。</translation>
    </message>
    <message>
        <source>An activity must end after it starts.</source>
        <translation>活动的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The points rule code may contain only letters, digits, '.', '_' and '-'.</source>
        <translation>加分规则代码只能包含字母、数字、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <source>An attachment has no name or is too large.</source>
        <translation>有附件没有名称或过大。</translation>
    </message>
    <message>
        <source>The record is not valid: %1</source>
        <translation>记录无效：%1</translation>
    </message>
    <message>
        <source>Please give the draft a title.</source>
        <translation>请填写草稿标题。</translation>
    </message>
    <message>
        <source>Please say why the record is amended.</source>
        <translation>请说明更正原因。</translation>
    </message>
</context>
<context>
    <name>ui::RecordHtml</name>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Income or expense</source>
        <translation>收入或支出</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>收入合计</translation>
    </message>
    <message>
        <source>Total expense</source>
        <translation>支出合计</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>结余</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（已超期）</translation>
    </message>
    <message>
        <source>Record No.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>承办组织</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Signed up / attended</source>
        <translation>报名 / 参加</translation>
    </message>
    <message>
        <source>Points rule</source>
        <translation>加分规则</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Carried out by %1, due %2, progress %3%.</source>
        <translation>由 %1 承办，时限 %2，进度 %3%。</translation>
    </message>
    <message>
        <source>Time: %1 to %2.</source>
        <translation>时间：%1 至 %2。</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>This notice is kept on the community co-governance ledger as record No. %1, published in block %2. Any member organization can check that it has not been changed.</source>
        <translation>本公示作为第 %1 号记录保存在社区共治账本上，于区块 %2 公示。任何成员组织都可以核验其未被篡改。</translation>
    </message>
</context>
<context>
    <name>ui::RecordListModel</name>
    <message>
        <source>In %1 / out %2</source>
        <translation>收入 %1 / 支出 %2</translation>
    </message>
    <message>
        <source>%1%, due %2</source>
        <translation>%1%，时限 %2</translation>
    </message>
    <message>
        <source>%1 signed up, %2 attended</source>
        <translation>报名 %1，参加 %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Draft (on this PC only)</source>
        <translation>草稿（仅在本机）</translation>
    </message>
    <message>
        <source>Queued, not yet on the ledger</source>
        <translation>待发送，尚未上链</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超期）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后更新</translation>
    </message>
</context>
<context>
    <name>ui::RecordProgressDialog</name>
    <message>
        <source>Progress update</source>
        <translation>进展更新</translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Withdraw record</source>
        <translation>撤回记录</translation>
    </message>
    <message>
        <source>A withdrawn record stays in the ledger with its history; residents see that it was withdrawn and why.</source>
        <translation>撤回的记录及其历史仍保留在账本上；居民可以看到撤回及其原因。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Please describe what was done.</source>
        <translation>请说明完成了哪些工作。</translation>
    </message>
</context>
<context>
    <name>ui::RecordsPage</name>
    <message>
        <source>The list cannot be loaded: %1</source>
        <translation>无法加载列表：%1</translation>
    </message>
    <message>
        <source>The ledger is not open.</source>
        <translation>账本未打开。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>治理记录</translation>
    </message>
    <message>
        <source>Search title and text</source>
        <translation>搜索标题和正文</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>全部组织</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>导出治理记录</translation>
    </message>
    <message>
        <source>records</source>
        <translation>治理记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The draft cannot be deleted: %1</source>
        <translation>无法删除草稿：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 条记录到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Drafts cannot be opened: %1</source>
        <translation>无法打开草稿：%1</translation>
    </message>
    <message>
        <source>Drafts cannot be read: %1</source>
        <translation>无法读取草稿：%1</translation>
    </message>
    <message>
        <source>Approval of a record</source>
        <translation>批准记录</translation>
    </message>
    <message>
        <source>Rejection of a record</source>
        <translation>驳回记录</translation>
    </message>
    <message>
        <source>Publishing a record</source>
        <translation>公示记录</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>进展更新</translation>
    </message>
    <message>
        <source>Completion of a record</source>
        <translation>完成记录</translation>
    </message>
    <message>
        <source>Amendment of a record</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <source>Withdrawal of a record</source>
        <translation>撤回记录</translation>
    </message>
    <message>
        <source>Record action</source>
        <translation>记录操作</translation>
    </message>
    <message>
        <source>This submission is waiting to be sent: it is saved on this PC and goes to the ledger as soon as enough organizations can be reached.</source>
        <translation>这项提交正在等待发送：它已保存在本机，一旦能联系到足够多的组织就会写入账本。</translation>
    </message>
    <message>
        <source>Sign in to write records.</source>
        <translation>请先登录再填写记录。</translation>
    </message>
    <message>
        <source>The draft cannot be saved: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <source>Draft saved on this PC. It is not on the ledger until you submit it.</source>
        <translation>草稿已保存在本机。提交之前不会写入账本。</translation>
    </message>
    <message>
        <source>The record was not accepted: %1</source>
        <translation>记录未被接受：%1</translation>
    </message>
    <message>
        <source>The record is on the ledger (block %1).</source>
        <translation>记录已写入账本（区块 %1）。</translation>
    </message>
    <message>
        <source>The draft cannot be updated: %1</source>
        <translation>无法更新草稿：%1</translation>
    </message>
    <message>
        <source>Submitted. It is listed as queued until the ledger has it.</source>
        <translation>已提交。写入账本之前显示为待发送。</translation>
    </message>
    <message>
        <source>%1: queued, waiting to be sent.</source>
        <translation>%1：待发送。</translation>
    </message>
    <message>
        <source>%1: sent, waiting for the ledger.</source>
        <translation>%1：已发送，等待写入账本。</translation>
    </message>
    <message>
        <source>%1: done (block %2).</source>
        <translation>%1：已完成（区块 %2）。</translation>
    </message>
    <message>
        <source>%1: waiting for a secretary's approval.</source>
        <translation>%1：等待书记审批。</translation>
    </message>
    <message>
        <source>%1: not accepted: %2</source>
        <translation>%1：未被接受：%2</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Save public notice</source>
        <translation>保存公示</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF cannot be written: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <source>Public notice saved to %1.</source>
        <translation>公示已保存到 %1。</translation>
    </message>
    <message>
        <source>Community garden renovation: costs</source>
        <translation>社区花园改造费用公示</translation>
    </message>
    <message>
        <source>Costs of renovating the community garden, for residents to review.</source>
        <translation>社区花园改造的各项费用，请居民监督。</translation>
    </message>
    <message>
        <source>Street office grant</source>
        <translation>街道办事处拨款</translation>
    </message>
    <message>
        <source>Plants and soil</source>
        <translation>苗木和土壤</translation>
    </message>
</context>
<context>
    <name>ui::RedemptionDialog</name>
    <message>
        <source>Redeem points</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>%1 (%2 points)</source>
        <translation>%1（%2 积分）</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>所需积分</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>The store has no active items.</source>
        <translation>积分超市暂无在售商品。</translation>
    </message>
    <message>
        <source>Choose a resident.</source>
        <translation>请选择居民。</translation>
    </message>
    <message>
        <source>Choose an item.</source>
        <translation>请选择商品。</translation>
    </message>
    <message>
        <source>The balance could not be read: %1</source>
        <translation>无法读取积分余额：%1</translation>
    </message>
    <message>
        <source>Not enough points: this needs %1 points, the balance is %2. Nothing was redeemed.</source>
        <translation>积分不足：需要 %1 积分，余额为 %2。未进行兑换。</translation>
    </message>
    <message>
        <source>%1: %2 × %3</source>
        <translation>%1：%2 × %3</translation>
    </message>
</context>
<context>
    <name>ui::RegisterResidentDialog</name>
    <message>
        <source>The resident agrees to show a masked name on public rankings</source>
        <translation>居民同意在公开排行榜上显示隐去部分的姓名</translation>
    </message>
    <message>
        <source>Register a resident</source>
        <translation>登记居民</translation>
    </message>
    <message>
        <source>Name, ID number, phone and address stay in this PC's encrypted registry. The ledger gets only a random pseudonym, and a masked name if the resident agrees.</source>
        <translation>姓名、身份证号、电话和住址只保存在本机加密的居民名册中。账本上只有随机化名；居民同意时，另有隐去部分的姓名。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>正在登记…</translation>
    </message>
    <message>
        <source>Rankings show only the resident number.</source>
        <translation>排行榜只显示居民编号。</translation>
    </message>
    <message>
        <source>Rankings will show a masked name once the name is entered.</source>
        <translation>填写姓名后，排行榜将显示隐去部分的姓名。</translation>
    </message>
    <message>
        <source>Rankings will show: %1</source>
        <translation>排行榜将显示：%1</translation>
    </message>
    <message>
        <source>Enter the resident's name.</source>
        <translation>请填写居民姓名。</translation>
    </message>
    <message>
        <source>This name cannot be masked for the rankings (2 to 6 characters).</source>
        <translation>该姓名无法用于排行榜显示（须为 2 至 6 个字）。</translation>
    </message>
    <message>
        <source>The ID number is not a valid 18-character resident ID (check the last character).</source>
        <translation>身份证号不是有效的 18 位居民身份证号码（请核对最后一位）。</translation>
    </message>
</context>
<context>
    <name>ui::RegistryKeyDialog</name>
    <message>
        <source>Protect the resident registry</source>
        <translation>保护居民名册</translation>
    </message>
    <message>
        <source>Unlock the resident registry</source>
        <translation>解锁居民名册</translation>
    </message>
    <message>
        <source>No system keychain took the resident registry's key (%1). It will be kept in a file on this PC, protected by a passphrase you choose now. Staff need the passphrase each time the app starts to see residents' names. Without it the names cannot be recovered: write it down and keep it safe.</source>
        <translation>系统钥匙串未能保存居民名册的密钥（%1）。密钥将保存在本机的文件中，由您现在设定的口令保护。每次启动程序后，工作人员需输入该口令才能看到居民姓名。遗失口令将无法恢复姓名：请记下并妥善保管。</translation>
    </message>
    <message>
        <source>The resident registry's key is protected by a passphrase on this PC. Enter it to see and register residents.</source>
        <translation>本机居民名册的密钥受口令保护。请输入口令以查看和登记居民。</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>Choose at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
</context>
<context>
    <name>ui::ResidentDirectory</name>
    <message>
        <source>The resident registry key is not on this PC, so residents are shown by number only.</source>
        <translation>本机没有居民登记库密钥，居民仅按编号显示。</translation>
    </message>
    <message>
        <source>The resident registry could not be opened (%1), so residents are shown by number only.</source>
        <translation>无法打开居民登记库（%1），居民仅按编号显示。</translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>居民 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The resident registry is locked, so residents are shown by number only. Unlock it on the Residents page.</source>
        <translation>居民名册已锁定，居民仅按编号显示。请在“居民”页面解锁。</translation>
    </message>
</context>
<context>
    <name>ui::ResidentListModel</name>
    <message>
        <source>(not in the registry)</source>
        <extracomment>A resident whose name is not in this PC's registry (removed, or key missing).</extracomment>
        <translation>（不在名册中）</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>不显示</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Resident no.</source>
        <translation>居民编号</translation>
    </message>
    <message>
        <source>Name on rankings</source>
        <translation>排行榜显示名</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
</context>
<context>
    <name>ui::ResidentPicker</name>
    <message>
        <source>Name or resident number</source>
        <translation>姓名或居民编号</translation>
    </message>
    <message>
        <source>Loading residents…</source>
        <translation>正在读取居民…</translation>
    </message>
    <message>
        <source>No resident matches.</source>
        <translation>没有符合条件的居民。</translation>
    </message>
</context>
<context>
    <name>ui::ResidentSlipDialog</name>
    <message>
        <source>Slip for the resident</source>
        <translation>居民凭条</translation>
    </message>
    <message>
        <source>The new PIN is shown only now. Print the slip or read the PIN to the resident.</source>
        <translation>新密码仅此一次显示。请打印凭条或将密码告知居民。</translation>
    </message>
    <message>
        <source>The resident code and PIN are shown only now. Print the slip and hand it to the resident: they sign in at the kiosk with both.</source>
        <translation>居民码和密码仅此一次显示。请打印凭条交给居民：居民凭这两项在自助终端登录。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Resident no.:</source>
        <translation>居民编号：</translation>
    </message>
    <message>
        <source>Resident code:</source>
        <translation>居民码：</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>resident-slip.pdf</source>
        <translation>居民凭条.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <source>Keep this slip. Sign in at the self-service kiosk with your resident code and PIN.</source>
        <translation>请妥善保管本凭条。在自助终端使用居民码和密码登录。</translation>
    </message>
    <message>
        <source>Do not show your PIN to anyone. Staff will never ask for it.</source>
        <translation>请勿向任何人透露密码。工作人员绝不会询问您的密码。</translation>
    </message>
</context>
<context>
    <name>ui::ResidentsPage</name>
    <message>
        <source>Register a resident…</source>
        <translation>登记居民…</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Name on rankings…</source>
        <translation>排行榜显示名…</translation>
    </message>
    <message>
        <source>Remove from registry…</source>
        <translation>从名册中删除…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Search by name, phone, resident number or ID number</source>
        <translation>按姓名、电话、居民编号或身份证号搜索</translation>
    </message>
    <message>
        <source>Residents registered by this organization</source>
        <translation>本单位登记的居民</translation>
    </message>
    <message>
        <source>Names, ID numbers and phones are kept only in this PC's encrypted registry; the ledger knows residents by number.</source>
        <translation>姓名、身份证号和电话只保存在本机加密的名册中；账本上只按编号识别居民。</translation>
    </message>
    <message>
        <source>Unlock the resident registry</source>
        <translation>解锁居民名册</translation>
    </message>
    <message>
        <source>That passphrase does not unlock the registry key.</source>
        <translation>该口令无法解锁名册密钥。</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>The residents could not be read: %1</source>
        <translation>无法读取居民：%1</translation>
    </message>
    <message>
        <source>Opening the resident registry…</source>
        <translation>正在打开居民名册…</translation>
    </message>
    <message>
        <source>This PC has no resident registry yet. Create it to register residents.</source>
        <translation>本机尚无居民名册。创建后即可登记居民。</translation>
    </message>
    <message>
        <source>Create the registry…</source>
        <translation>创建名册…</translation>
    </message>
    <message>
        <source>The resident registry's key is not on this PC (neither in keys/ nor in the system keychain), so names cannot be shown and nobody can be registered. Restore the key from your backup.</source>
        <translation>本机没有居民名册的密钥（keys/ 目录和系统钥匙串中都没有），因此无法显示姓名，也无法登记居民。请从备份中恢复密钥。</translation>
    </message>
    <message>
        <source>The resident registry is locked: its key is protected by a passphrase.</source>
        <translation>居民名册已锁定：其密钥受口令保护。</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <source>The resident registry could not be opened: %1</source>
        <translation>无法打开居民名册：%1</translation>
    </message>
    <message>
        <source>No system keychain is available: the registry key is kept in a file protected only by its passphrase (keys/registry-key.json). Keep the passphrase safe and back the file up.</source>
        <translation>系统钥匙串不可用：名册密钥保存在仅由口令保护的文件中（keys/registry-key.json）。请妥善保管口令并备份该文件。</translation>
    </message>
    <message>
        <source>The registry key is stored unprotected in keys/registry.key (demo or kiosk set-up): anyone who can read this PC's files can read residents' details.</source>
        <translation>名册密钥以未加保护的形式保存在 keys/registry.key 中（演示或自助终端配置）：任何能读取本机文件的人都能读取居民信息。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation>
            <numerusform>%n 位居民</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 residents</source>
        <translation>%1 / %2 位居民</translation>
    </message>
    <message>
        <source>Resident no.</source>
        <translation>居民编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name on rankings</source>
        <translation>排行榜显示名</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>residents.csv</source>
        <translation>居民.csv</translation>
    </message>
    <message>
        <source>Export residents</source>
        <translation>导出居民</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>%1 (resident %2)</source>
        <translation>%1（居民 %2）</translation>
    </message>
    <message>
        <source>A resident with this ID number is already registered. Search for the ID number to find them.</source>
        <translation>该身份证号的居民已经登记。可按身份证号搜索找到此人。</translation>
    </message>
    <message>
        <source>The registry did not take the resident: %1</source>
        <translation>名册未能登记该居民：%1</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>登记 %1</translation>
    </message>
    <message>
        <source>Show %1 on rankings</source>
        <translation>在排行榜显示 %1</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The PIN was not changed: %1</source>
        <translation>密码未修改：%1</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>Rankings now show %1 as %2. Withdraw the consent? Rankings will show the resident number only.</source>
        <translation>排行榜目前将 %1 显示为 %2。要撤回同意吗？撤回后排行榜只显示居民编号。</translation>
    </message>
    <message>
        <source>Has %1 agreed to appear on public rankings as %2?</source>
        <translation>%1 是否同意在公开排行榜上显示为 %2？</translation>
    </message>
    <message>
        <source>Hide %1 from rankings</source>
        <translation>在排行榜隐藏 %1</translation>
    </message>
    <message>
        <source>Remove from registry</source>
        <translation>从名册中删除</translation>
    </message>
    <message>
        <source>Remove %1 from this PC's registry (for example after moving away)?</source>
        <translation>要从本机名册中删除 %1 吗（例如已迁出）？</translation>
    </message>
    <message>
        <source>The name, ID number, phone, address and PIN are deleted for good and cannot be restored. The ledger's history stays valid but anonymous: points and feedback remain under resident number %1, which no one can link to this person any more.</source>
        <translation>姓名、身份证号、电话、住址和密码将被永久删除，无法恢复。账本历史仍然有效但已匿名：积分和意见仍记在居民编号 %1 名下，任何人都无法再将其与此人对应。</translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>The resident was not removed: %1</source>
        <translation>未能删除该居民：%1</translation>
    </message>
</context>
<context>
    <name>ui::ScoreEntryDialog</name>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Record points</source>
        <translation>记录积分</translation>
    </message>
    <message>
        <source>Optional: what happened, where</source>
        <translation>可选：事由、地点</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>计分条目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>No scoring handbook is in effect yet.</source>
        <translation>尚无施行中的计分标准手册。</translation>
    </message>
    <message>
        <source>Required by this rule</source>
        <translation>此条目需要佐证材料</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>无需佐证</translation>
    </message>
    <message>
        <source>Evidence (photo, scan, minutes)</source>
        <translation>佐证材料（照片、扫描件、会议记录）</translation>
    </message>
    <message>
        <source>Choose a resident.</source>
        <translation>请选择居民。</translation>
    </message>
    <message>
        <source>Choose a rule of the handbook in effect.</source>
        <translation>请选择现行计分标准中的条目。</translation>
    </message>
    <message>
        <source>The evidence file cannot be read: %1</source>
        <translation>无法读取佐证文件：%1</translation>
    </message>
    <message>
        <source>The evidence could not be stored: %1</source>
        <translation>无法保存佐证材料：%1</translation>
    </message>
    <message>
        <source>This rule requires evidence: choose a file.</source>
        <translation>此条目需要佐证材料，请选择文件。</translation>
    </message>
    <message>
        <source>The entry is not valid: %1</source>
        <translation>记录无效：%1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
</context>
<context>
    <name>ui::ScreenshotTour</name>
    <message>
        <source>Xingfuli Community, Chengguan Town</source>
        <translation>城关镇幸福里社区</translation>
    </message>
    <message>
        <source>Xingfuli Community Party Committee</source>
        <translation>幸福里社区党委</translation>
    </message>
    <message>
        <source>Zhang Wei</source>
        <translation>张伟</translation>
    </message>
    <message>
        <source>Li Hong</source>
        <translation>李红</translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Start as the residents' self-service kiosk</source>
        <translation>启动时进入居民自助终端模式</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>The new language is used the next time Gongzhi starts.</source>
        <translation>新语言将在下次启动共治时生效。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Lock after inactivity:</source>
        <translation>无操作自动锁定：</translation>
    </message>
</context>
<context>
    <name>ui::SetupWizard</name>
    <message>
        <source>Set up Gongzhi</source>
        <translation>设置共治</translation>
    </message>
    <message>
        <source>Welcome to Gongzhi</source>
        <translation>欢迎使用共治</translation>
    </message>
    <message>
        <source>This PC keeps a copy of the community's shared ledger. Choose how to start.</source>
        <translation>本机将保存社区共享账本的一份副本。请选择开始方式。</translation>
    </message>
    <message>
        <source>Found a new consortium for our community</source>
        <translation>为本社区创建新的共治联盟</translation>
    </message>
    <message>
        <source>Join an existing consortium with an invitation</source>
        <translation>凭邀请加入已有的共治联盟</translation>
    </message>
    <message>
        <source>The community party organization founds the consortium; other organizations join it later by invitation.</source>
        <translation>由社区党组织创建联盟；其他组织之后凭邀请加入。</translation>
    </message>
    <message>
        <source>The community and this organization</source>
        <translation>社区和本组织</translation>
    </message>
    <message>
        <source>These names are written into the first block of the ledger and cannot be changed later.</source>
        <translation>这些名称将写入账本的创世区块，之后无法更改。</translation>
    </message>
    <message>
        <source>e.g. Xingfuli Community, Chengguan Town</source>
        <translation>例如：城关镇幸福里社区</translation>
    </message>
    <message>
        <source>A consortium is founded by the community party organization: choose "%1", or join with an invitation instead.</source>
        <translation>联盟由社区党组织创建：请选择“%1”，或改为凭邀请加入。</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <source>This organization:</source>
        <translation>本组织：</translation>
    </message>
    <message>
        <source>Kind of organization:</source>
        <translation>组织类型：</translation>
    </message>
    <message>
        <source>Network port:</source>
        <translation>网络端口：</translation>
    </message>
    <message>
        <source>Other organizations' PCs connect to this port.</source>
        <translation>其他组织的电脑通过此端口连接本机。</translation>
    </message>
    <message>
        <source>The first administrator and party secretary</source>
        <translation>首位管理员和党组织书记</translation>
    </message>
    <message>
        <source>Each gets a personal signing key, protected by their own password. Nobody can recover a forgotten password.</source>
        <translation>每人获得一把个人签名密钥，由本人密码保护。忘记的密码无法找回。</translation>
    </message>
    <message>
        <source>Administrator's name:</source>
        <translation>管理员姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Party secretary's name:</source>
        <translation>党组织书记姓名：</translation>
    </message>
    <message>
        <source>Type both names.</source>
        <translation>请填写两人的姓名。</translation>
    </message>
    <message>
        <source>The administrator and the party secretary are two different people.</source>
        <translation>管理员和党组织书记须为两个不同的人。</translation>
    </message>
    <message>
        <source>Passwords need at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The passwords typed twice do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Founding the consortium</source>
        <translation>正在创建联盟</translation>
    </message>
    <message>
        <source>Making keys and the first block of the ledger. Protecting the keys with the passwords takes a few seconds…</source>
        <translation>正在生成密钥和账本的创世区块。用密码保护密钥需要几秒钟…</translation>
    </message>
    <message>
        <source>The consortium could not be founded: %1</source>
        <translation>无法创建联盟：%1</translation>
    </message>
    <message>
        <source>This PC's node key is kept in the system keychain.</source>
        <translation>本机节点密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Warning: this PC has no system keychain. The node key is stored in a file in the data folder, protected only by file permissions; keep the PC's user account private.</source>
        <translation>警告：本机没有系统钥匙串。节点密钥以文件形式保存在数据文件夹中，仅受文件权限保护；请勿与他人共用本机的用户账户。</translation>
    </message>
    <message>
        <source>Done. %1 is signed in as the administrator; the party secretary signs in with their own password.</source>
        <translation>完成。%1 已以管理员身份登录；党组织书记请用本人密码登录。</translation>
    </message>
    <message>
        <source>Join a consortium</source>
        <translation>加入联盟</translation>
    </message>
    <message>
        <source>Open invitation file…</source>
        <translation>打开邀请文件…</translation>
    </message>
    <message>
        <source>Open invitation</source>
        <translation>打开邀请</translation>
    </message>
    <message>
        <source>Invitations (*.json)</source>
        <translation>邀请文件 (*.json)</translation>
    </message>
    <message>
        <source>Save join request</source>
        <translation>保存加入申请</translation>
    </message>
    <message>
        <source>Join requests (*.json)</source>
        <translation>加入申请 (*.json)</translation>
    </message>
    <message>
        <source>&lt;span style='color:#c0392b'&gt;This is not a valid invitation: %1&lt;/span&gt;</source>
        <translation>&lt;span style='color:#c0392b'&gt;这不是有效的邀请：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style='color:#c0392b'&gt;The join request could not be saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style='color:#c0392b'&gt;无法保存加入申请：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>This PC's address:</source>
        <translation>本机地址：</translation>
    </message>
    <message>
        <source>The other members connect to this address (IP address and port). Keep the port open in the firewall.</source>
        <translation>其他成员通过此地址（IP 地址和端口）连接本机。请在防火墙中放行该端口。</translation>
    </message>
    <message>
        <source>Your administrator:</source>
        <translation>本组织管理员：</translation>
    </message>
    <message>
        <source>Their password:</source>
        <translation>本人密码：</translation>
    </message>
    <message>
        <source>The administrator signs in on this PC with this password once the party secretary has enrolled them.</source>
        <translation>党委书记完成登记后，管理员即可用此密码在本机登录。</translation>
    </message>
    <message>
        <source>Prepare this PC and save the join request…</source>
        <translation>准备本机并保存入网申请…</translation>
    </message>
    <message>
        <source>it was made by an older version; ask for a new invitation</source>
        <translation>它由旧版本生成，请索取新的邀请</translation>
    </message>
    <message>
        <source>invites &lt;b&gt;%1&lt;/b&gt; (%2) to join</source>
        <translation>邀请 &lt;b&gt;%1&lt;/b&gt;（%2）加入</translation>
    </message>
    <message>
        <source>adds this PC as a node of &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>将本机添加为 &lt;b&gt;%1&lt;/b&gt; 的节点%2</translation>
    </message>
    <message>
        <source> (a kiosk: it keeps a copy of the ledger and never votes)</source>
        <translation>（自助终端：保存一份账本，从不投票）</translation>
    </message>
    <message>
        <source>The consortium of &lt;b&gt;%1&lt;/b&gt; %2.&lt;br&gt;Members to contact: %3&lt;br&gt;Confirmation code: &lt;b&gt;%4&lt;/b&gt; (compare it with the inviting administrator on the phone).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 联盟%2。&lt;br&gt;可联系的成员：%3&lt;br&gt;确认码：&lt;b&gt;%4&lt;/b&gt;（请在电话中与邀请方管理员核对）。</translation>
    </message>
    <message>
        <source>Enter this PC's address as IP:port, for example 192.168.1.20:7400.</source>
        <translation>请按“IP:端口”填写本机地址，例如 192.168.1.20:7400。</translation>
    </message>
    <message>
        <source>Enter your organization's administrator.</source>
        <translation>请填写本组织的管理员。</translation>
    </message>
    <message>
        <source>Making this PC's keys. Protecting the administrator's key with the password takes a few seconds…</source>
        <translation>正在生成本机密钥。用密码保护管理员密钥需要几秒钟…</translation>
    </message>
    <message>
        <source>Join request saved. Give the file back to the inviting organization and confirm the code on the phone; this PC's node key fingerprint is &lt;b&gt;%1&lt;/b&gt;. Press Finish: Gongzhi opens and waits for the members to admit this PC, then copies the ledger.</source>
        <translation>入网申请已保存。请把文件交回邀请方组织，并在电话中核对确认码；本机节点密钥指纹为 &lt;b&gt;%1&lt;/b&gt;。点击“完成”：共治将打开并等待成员接纳本机，然后复制账本。</translation>
    </message>
    <message>
        <source>Warning: this PC has no system keychain. The node key is stored in a file in the data folder, protected only by file permissions.</source>
        <translation>警告：本机没有系统钥匙串。节点密钥保存在数据文件夹的文件中，仅受文件权限保护。</translation>
    </message>
    <message>
        <source>Consortium fingerprint: &lt;b&gt;%1&lt;/b&gt; (the inviting PC shows the same; compare it too).</source>
        <translation>联盟指纹：&lt;b&gt;%1&lt;/b&gt;（邀请方电脑显示的应相同，请一并核对）。</translation>
    </message>
    <message>
        <source>Prepare this PC and send the join request</source>
        <translation>准备本机并发送加入申请</translation>
    </message>
    <message>
        <source>This PC is prepared; its node key fingerprint is &lt;b&gt;%1&lt;/b&gt; (read it to the inviting administrator).</source>
        <translation>本机已准备就绪，节点密钥指纹为 &lt;b&gt;%1&lt;/b&gt;（请念给邀请方管理员核对）。</translation>
    </message>
    <message>
        <source>Fetch the invitation from the inviting PC</source>
        <translation>从邀请方电脑获取邀请</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10:7400</source>
        <translation>例如 192.168.1.10:7400</translation>
    </message>
    <message>
        <source>Fetch invitation</source>
        <translation>获取邀请</translation>
    </message>
    <message>
        <source>Inviting PC's address:</source>
        <translation>邀请方电脑地址：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>邀请码：</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Save the join request to a file…</source>
        <translation>将加入申请保存为文件…</translation>
    </message>
    <message>
        <source>Enter the inviting PC's address as IP:port, for example 192.168.1.10:7400 (their Network page shows it).</source>
        <translation>请按“IP:端口”输入邀请方电脑的地址，例如 192.168.1.10:7400（对方的“网络”页面上有显示）。</translation>
    </message>
    <message>
        <source>Enter the 8-character code, for example ABCD-EFGH.</source>
        <translation>请输入 8 位邀请码，例如 ABCD-EFGH。</translation>
    </message>
    <message>
        <source>Asking %1 for the invitation…</source>
        <translation>正在向 %1 获取邀请…</translation>
    </message>
    <message>
        <source>The inviting PC has no invitation with this code. Check the code and the address.</source>
        <translation>邀请方电脑上没有这个邀请码的邀请。请核对邀请码和地址。</translation>
    </message>
    <message>
        <source>This invitation has expired (after 7 days). Ask for a new one.</source>
        <translation>此邀请已过期（有效期 7 天）。请重新索取。</translation>
    </message>
    <message>
        <source>This invitation was already used. Ask for a new one.</source>
        <translation>此邀请已被使用。请重新索取。</translation>
    </message>
    <message>
        <source>The inviting PC received too many wrong codes and refuses requests for a few minutes. Try again later.</source>
        <translation>邀请方电脑收到的错误邀请码过多，几分钟内拒绝所有请求。请稍后再试。</translation>
    </message>
    <message>
        <source>The inviting PC refused the request.</source>
        <translation>邀请方电脑拒绝了请求。</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check the address, and that Gongzhi is running on the inviting PC.</source>
        <translation>无法连接 %1（%2）。请核对地址，并确认邀请方电脑上的共治正在运行。</translation>
    </message>
    <message>
        <source>%1 answered something else than an invitation.</source>
        <translation>%1 的回应不是邀请。</translation>
    </message>
    <message>
        <source>The answer from %1 is not a valid invitation for this code: %2</source>
        <translation>%1 的回应不是此邀请码的有效邀请：%2</translation>
    </message>
    <message>
        <source>Invitation received from %1.</source>
        <translation>已从 %1 收到邀请。</translation>
    </message>
    <message>
        <source>Sending the join request to %1…</source>
        <translation>正在向 %1 发送加入申请…</translation>
    </message>
    <message>
        <source>Join request delivered to %1. Confirm the code and the fingerprints on the phone, then press Finish: Gongzhi opens and waits for the members to admit this PC, then copies the ledger.</source>
        <translation>加入申请已送达 %1。请在电话中核对邀请码和指纹，然后点击“完成”：共治将打开并等待成员接纳本机，随后复制账本。</translation>
    </message>
    <message>
        <source>cannot reach %1 (%2)</source>
        <translation>无法连接 %1（%2）</translation>
    </message>
    <message>
        <source>%1 answered something unexpected</source>
        <translation>%1 的回应无法识别</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>The join request could not be delivered: %1. Send it again, or save it to a file and give it to the inviting organization.</source>
        <translation>加入申请未能送达：%1。请重新发送，或保存为文件交给邀请方组织。</translation>
    </message>
    <message>
        <source>Join request saved to %1. Give the file to the inviting organization.</source>
        <translation>加入申请已保存到 %1。请把文件交给邀请方组织。</translation>
    </message>
    <message>
        <source>Cannot save the join request: %1</source>
        <translation>无法保存加入申请：%1</translation>
    </message>
    <message>
        <source>A member of the consortium gave your organization an invitation code or an invitation file.</source>
        <translation>联盟成员已给贵组织邀请码或邀请文件。</translation>
    </message>
    <message>
        <source>Enter the inviting PC's address and the code read to you on the phone, or open an invitation file.</source>
        <translation>输入邀请方电脑的地址和电话中告知的邀请码，或打开邀请文件。</translation>
    </message>
</context>
<context>
    <name>ui::ShellStatusBar</name>
    <message>
        <source>This PC is the ledger's only member</source>
        <translation>本机是账本的唯一成员</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 of %n other organizations</source>
        <translation>
            <numerusform>已连接 %1/%n 个其他组织</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes are saved in the ledger</source>
        <translation>所有变更均已保存到账本</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n changes to the ledger…</source>
        <translation>
            <numerusform>正在将 %n 项变更保存到账本…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes queued: they are sent when most members are reachable</source>
        <translation>
            <numerusform>%n 项变更待发送：多数成员可连接时将发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>区块 %1</translation>
    </message>
    <message>
        <source>%1 (changes made here are kept and wait)</source>
        <translation>%1（本机所做的更改已保留，等待发送）</translation>
    </message>
</context>
<context>
    <name>ui::Sidebar</name>
    <message numerus="yes">
        <source>%1: %n waiting</source>
        <extracomment>Sidebar tooltip: page title and how many items wait</extracomment>
        <translation>
            <numerusform>%1：%n 项等待</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to Gongzhi</source>
        <translation>登录共治</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Loading the people of this organization…</source>
        <translation>正在加载本组织人员…</translation>
    </message>
    <message>
        <source>The list of people could not be read from the ledger: %1</source>
        <translation>无法从账本读取人员名单：%1</translation>
    </message>
    <message>
        <source>Nobody of this organization has a signing key on this PC. An administrator can enrol you and create your key.</source>
        <translation>本组织没有人在本机上有签名密钥。管理员可以为您登记并创建密钥。</translation>
    </message>
    <message>
        <source>Nobody with that role has a key on this PC.</source>
        <translation>本机上没有该角色人员的密钥。</translation>
    </message>
    <message>
        <source>This key has no password (demonstration data): any password signs in.</source>
        <translation>此密钥没有密码（演示数据）：任意密码均可登录。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>密码错误，请重试。</translation>
    </message>
    <message>
        <source>Your key could not be read: %1</source>
        <translation>无法读取您的密钥：%1</translation>
    </message>
</context>
<context>
    <name>ui::StatePreparation</name>
    <message>
        <source>Gongzhi</source>
        <translation>共治</translation>
    </message>
    <message>
        <source>Bringing this PC's records up to date with the ledger…</source>
        <translation>正在按账本更新本机的记录…</translation>
    </message>
    <message>
        <source>Bringing this PC's records up to date with the ledger: block %1 of %2…</source>
        <translation>正在按账本更新本机的记录：第 %1 块，共 %2 块…</translation>
    </message>
</context>
<context>
    <name>ui::StatementView</name>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>statement.csv</source>
        <translation>积分明细.csv</translation>
    </message>
    <message>
        <source>Choose a resident to see their points.</source>
        <translation>请选择居民以查看其积分。</translation>
    </message>
    <message>
        <source>The balance could not be read: %1</source>
        <translation>无法读取积分余额：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Balance &lt;b&gt;%2&lt;/b&gt; points · earned %3 · redeemed %4 · level &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;积分余额 &lt;b&gt;%2&lt;/b&gt; · 累计获得 %3 · 已兑换 %4 · 星级 &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <source>The statement could not be read: %1</source>
        <translation>无法读取积分明细：%1</translation>
    </message>
    <message>
        <source>Points statement</source>
        <translation>积分明细单</translation>
    </message>
    <message>
        <source>Balance %1 points · earned %2 · redeemed %3 · level %4</source>
        <translation>积分余额 %1 · 累计获得 %2 · 已兑换 %3 · 星级 %4</translation>
    </message>
    <message>
        <source>Printed %1 by %2, from the community ledger.</source>
        <translation>%1 由 %2 打印，数据来自社区账本。</translation>
    </message>
    <message>
        <source>Points history</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>计分条目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation>%1（已冲正）</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>兑换记录</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>无法将 PDF 写入 %1。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>statement.pdf</source>
        <translation>积分明细.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>ui::StoreView</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>所需积分</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>兑换…</translation>
    </message>
    <message>
        <source>List or change an item…</source>
        <translation>上架或修改商品…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt;</source>
        <translation>&lt;b&gt;兑换商品&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On offer</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>store-items.csv</source>
        <translation>积分超市商品.csv</translation>
    </message>
    <message>
        <source>&lt;b&gt;Redemptions&lt;/b&gt;</source>
        <translation>&lt;b&gt;兑换记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>redemptions.csv</source>
        <translation>兑换记录.csv</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>List or change a store item</source>
        <translation>上架或修改兑换商品</translation>
    </message>
    <message>
        <source>Letters, digits, - _ . (e.g. rice-5kg)</source>
        <translation>字母、数字、- _ .（例如 rice-5kg）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Cost in points</source>
        <translation>所需积分</translation>
    </message>
    <message>
        <source>Staff changes wait for a secretary's approval.</source>
        <translation>工作人员的修改需经书记批准。</translation>
    </message>
    <message>
        <source>Store item</source>
        <translation>兑换商品</translation>
    </message>
    <message>
        <source>The item is not valid: %1</source>
        <translation>商品信息无效：%1</translation>
    </message>
    <message>
        <source>Store item %1</source>
        <translation>兑换商品 %1</translation>
    </message>
</context>
<context>
    <name>ui::TransactionDetailDialog</name>
    <message>
        <source>Transaction %1</source>
        <translation>交易 %1</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>内容类型：</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>签名人：</translation>
    </message>
    <message>
        <source>✓ Valid: signed with this key, unchanged since</source>
        <translation>✓ 有效：由此密钥签名，签名后未被改动</translation>
    </message>
    <message>
        <source>✗ INVALID: the content does not match the signature</source>
        <translation>✗ 无效：内容与签名不符</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Block:</source>
        <translation>区块：</translation>
    </message>
    <message>
        <source>%1, position %2 of %3, time %4</source>
        <translation>%1，第 %2 笔（共 %3 笔），时间 %4</translation>
    </message>
    <message>
        <source>Signer's clock:</source>
        <translation>签名人时钟：</translation>
    </message>
    <message>
        <source>Sequence:</source>
        <translation>序号：</translation>
    </message>
    <message>
        <source>Transaction id:</source>
        <translation>交易编号：</translation>
    </message>
    <message>
        <source>Signer's key:</source>
        <translation>签名人密钥：</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Export inclusion proof…</source>
        <translation>导出包含证明…</translation>
    </message>
    <message>
        <source>Save a file that proves this transaction is in its block; anyone can check it without the ledger.</source>
        <translation>保存一个证明该交易包含在其区块中的文件；任何人无需账本即可核验。</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>复制编号</translation>
    </message>
    <message>
        <source>Save inclusion proof</source>
        <translation>保存包含证明</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Making the proof…</source>
        <translation>正在生成证明…</translation>
    </message>
</context>
<context>
    <name>ui::TransactionListModel</name>
    <message>
        <source>✓ valid</source>
        <translation>✓ 有效</translation>
    </message>
    <message>
        <source>✗ INVALID</source>
        <translation>✗ 无效</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>交易编号</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>ui::TxTypeText</name>
    <message>
        <source>Type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>Consortium founded</source>
        <translation>成立共治联盟</translation>
    </message>
    <message>
        <source>Organization admitted</source>
        <translation>接纳组织</translation>
    </message>
    <message>
        <source>Organization removed</source>
        <translation>移除组织</translation>
    </message>
    <message>
        <source>Node key replaced</source>
        <translation>更换节点密钥</translation>
    </message>
    <message>
        <source>Person enrolled</source>
        <translation>登记人员</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>移除人员</translation>
    </message>
    <message>
        <source>Person's key replaced</source>
        <translation>更换个人密钥</translation>
    </message>
    <message>
        <source>Role granted</source>
        <translation>授予角色</translation>
    </message>
    <message>
        <source>Role revoked</source>
        <translation>撤销角色</translation>
    </message>
    <message>
        <source>Approval granted</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approval refused</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Policy set</source>
        <translation>设置规则</translation>
    </message>
    <message>
        <source>Resident enrolled</source>
        <translation>登记居民</translation>
    </message>
    <message>
        <source>Resident PIN changed</source>
        <translation>修改居民 PIN</translation>
    </message>
    <message>
        <source>Resident name consent</source>
        <translation>居民姓名显示授权</translation>
    </message>
    <message>
        <source>Record submitted</source>
        <translation>提交记录</translation>
    </message>
    <message>
        <source>Record approved</source>
        <translation>批准记录</translation>
    </message>
    <message>
        <source>Record rejected</source>
        <translation>驳回记录</translation>
    </message>
    <message>
        <source>Record published</source>
        <translation>公示记录</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>进展更新</translation>
    </message>
    <message>
        <source>Record completed</source>
        <translation>记录完成</translation>
    </message>
    <message>
        <source>Record amended</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <source>Record withdrawn</source>
        <translation>撤回记录</translation>
    </message>
    <message>
        <source>Activity sign-up</source>
        <translation>活动报名</translation>
    </message>
    <message>
        <source>Activity attendance</source>
        <translation>活动签到</translation>
    </message>
    <message>
        <source>Scoring handbook proposed</source>
        <translation>提交计分标准手册</translation>
    </message>
    <message>
        <source>Points recorded</source>
        <translation>记录积分</translation>
    </message>
    <message>
        <source>Points reversed</source>
        <translation>冲正积分</translation>
    </message>
    <message>
        <source>Points appealed</source>
        <translation>积分申诉</translation>
    </message>
    <message>
        <source>Points store item listed</source>
        <translation>积分超市上架商品</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>收到意见</translation>
    </message>
    <message>
        <source>Feedback assigned</source>
        <translation>指派意见</translation>
    </message>
    <message>
        <source>Feedback forwarded</source>
        <translation>转交意见</translation>
    </message>
    <message>
        <source>Feedback refused</source>
        <translation>退回意见</translation>
    </message>
    <message>
        <source>Feedback replied</source>
        <translation>答复意见</translation>
    </message>
    <message>
        <source>Feedback resolved</source>
        <translation>办结意见</translation>
    </message>
    <message>
        <source>Feedback reopened</source>
        <translation>重新打开意见</translation>
    </message>
    <message>
        <source>Feedback confirmed by resident</source>
        <translation>居民确认办理结果</translation>
    </message>
    <message>
        <source>Feedback hidden from public view</source>
        <translation>对公众隐藏意见</translation>
    </message>
    <message>
        <source>Feedback categories set</source>
        <translation>设置意见类别</translation>
    </message>
    <message>
        <source>Node added</source>
        <translation>节点已加入</translation>
    </message>
    <message>
        <source>Node removed</source>
        <translation>节点已移除</translation>
    </message>
</context>
<context>
    <name>ui::kiosk::ActivitiesScreen</name>
    <message>
        <source>How to sign up: tell the staff at the service hall desk, or call the organizer. Bring your resident card: taking part earns points.</source>
        <translation>报名方法：到服务大厅窗口告诉工作人员，或打电话给主办单位。请带上居民卡，参加活动可以加积分。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Community activities</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>即将举办</translation>
    </message>
    <message>
        <source>No activities are planned at the moment. Held lately:</source>
        <translation>目前没有安排活动。最近举办的活动：</translation>
    </message>
    <message>
        <source>%1 took part</source>
        <translation>%1 人参加</translation>
    </message>
    <message>
        <source>%1 signed up, no limit</source>
        <translation>已报名 %1 人，不限人数</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>已报名 %1 人，共 %2 个名额</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>还没有活动。</translation>
    </message>
</context>
<context>
    <name>ui::kiosk::FeedbackScreen</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>What would you like to tell us?</source>
        <translation>您想反映什么？</translation>
    </message>
    <message>
        <source>A suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>An idea to make the community better</source>
        <translation>让社区变得更好的想法</translation>
    </message>
    <message>
        <source>A complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Something is wrong or was handled badly</source>
        <translation>有问题，或者事情没办好</translation>
    </message>
    <message>
        <source>A request for help</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>You or a neighbour need help</source>
        <translation>您或邻居需要帮助</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>是关于哪方面的？</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Please describe it. Do not write ID card or phone numbers.</source>
        <translation>请写下具体情况。不要填写身份证号和电话号码。</translation>
    </message>
    <message>
        <source>Type with the keyboard below, or tap a common phrase</source>
        <translation>用下面的键盘输入，或点右边的常用语</translation>
    </message>
    <message>
        <source>The corridor light is broken.</source>
        <translation>楼道灯坏了。</translation>
    </message>
    <message>
        <source>There is rubbish that has not been cleared.</source>
        <translation>有垃圾没有清理。</translation>
    </message>
    <message>
        <source>It is too noisy at night.</source>
        <translation>晚上太吵了。</translation>
    </message>
    <message>
        <source>Cars are parked in the fire lane.</source>
        <translation>消防通道被车堵了。</translation>
    </message>
    <message>
        <source>The lift does not work.</source>
        <translation>电梯坏了。</translation>
    </message>
    <message>
        <source>Please repair it soon. Thank you.</source>
        <translation>请尽快维修，谢谢。</translation>
    </message>
    <message>
        <source>Do you want to give your name?</source>
        <translation>您要留下姓名吗？</translation>
    </message>
    <message>
        <source>No, stay anonymous</source>
        <translation>不留名（匿名）</translation>
    </message>
    <message>
        <source>Nobody will know who wrote it</source>
        <translation>别人不会知道是谁写的</translation>
    </message>
    <message>
        <source>Yes, with my resident code</source>
        <translation>留名（用居民码）</translation>
    </message>
    <message>
        <source>The office can contact you about it</source>
        <translation>社区可以就此事联系您</translation>
    </message>
    <message>
        <source>Leave feedback with your name</source>
        <translation>实名反映</translation>
    </message>
    <message>
        <source>Please check, then send</source>
        <translation>请核对，然后发送</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Leave feedback</source>
        <translation>我要反映</translation>
    </message>
    <message>
        <source>What would you like to tell us? A suggestion, a complaint, or a request for help.</source>
        <translation>您想反映什么？建议、投诉，还是求助。</translation>
    </message>
    <message>
        <source>Feedback cannot be taken at this kiosk yet: no categories are set up. Please ask the staff.</source>
        <translation>本机暂时不能受理反映：还没有设置类别。请找工作人员。</translation>
    </message>
    <message>
        <source>Tap the one that fits best.</source>
        <translation>请点最合适的一项。</translation>
    </message>
    <message>
        <source>Please write a few words first.</source>
        <translation>请先写几个字。</translation>
    </message>
    <message>
        <source>Please remove the phone or ID card number: everyone in the community offices can read this text.</source>
        <translation>请删掉电话号码或身份证号：社区各单位的工作人员都能看到这段话。</translation>
    </message>
    <message>
        <source>This is too long. Please make it shorter.</source>
        <translation>内容太长了，请写短一些。</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>With your resident code</source>
        <translation>实名（居民码）</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot send feedback right now. Please ask the staff.</source>
        <translation>对不起，本机现在不能发送反映。请找工作人员。</translation>
    </message>
</context>
<context>
    <name>ui::kiosk::HomeScreen</name>
    <message>
        <source>Welcome! Tap what you would like to do.</source>
        <translation>欢迎！请点您要办的事。</translation>
    </message>
    <message>
        <source>Public notices</source>
        <translation>公开栏</translation>
    </message>
    <message>
        <source>Decisions, finances, affairs</source>
        <translation>决策、财务、事务公开</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>我的积分</translation>
    </message>
    <message>
        <source>Resident code and PIN</source>
        <translation>输入居民码和密码</translation>
    </message>
    <message>
        <source>Points ranking</source>
        <translation>积分榜</translation>
    </message>
    <message>
        <source>Top residents</source>
        <translation>积分排名</translation>
    </message>
    <message>
        <source>Leave feedback</source>
        <translation>我要反映</translation>
    </message>
    <message>
        <source>Suggestion, complaint, help</source>
        <translation>建议、投诉、求助</translation>
    </message>
    <message>
        <source>Track my feedback</source>
        <translation>查询进度</translation>
    </message>
    <message>
        <source>With the receipt number</source>
        <translation>凭回执号查询</translation>
    </message>
    <message>
        <source>Community activities</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>What is on, how to join</source>
        <translation>活动安排和报名方法</translation>
    </message>
    <message>
        <source>Community self-service</source>
        <translation>社区自助服务</translation>
    </message>
    <message>
        <source>Welcome. You can read public notices, check your points, see the ranking, leave feedback, track your feedback, and see community activities.</source>
        <translation>欢迎使用。您可以看公开栏、查积分、看积分榜、反映问题、查询办理进度，还可以看社区活动。</translation>
    </message>
</context>
<context>
    <name>ui::kiosk::KioskText</name>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Past the deadline</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Passed to the party committee</source>
        <translation>已转社区党委督办</translation>
    </message>
    <message>
        <source>A staff member is handling it</source>
        <translation>已有工作人员负责</translation>
    </message>
    <message>
        <source>Passed to another organization</source>
        <translation>已转给其他单位</translation>
    </message>
    <message>
        <source>Passed on (not this organization's duty)</source>
        <translation>已转办（不属本单位职责）</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Marked as solved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>Hidden from public view</source>
        <translation>已不公开显示</translation>
    </message>
    <message>
        <source>Resident confirmed it is solved</source>
        <translation>居民确认已解决</translation>
    </message>
    <message>
        <source>Resident said it is not solved</source>
        <translation>居民反馈未解决</translation>
    </message>
    <message>
        <source>Closed automatically</source>
        <translation>自动结案</translation>
    </message>
</context>
<context>
    <name>ui::kiosk::KioskWindow</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Community self-service</source>
        <translation>社区自助服务</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>正常字号</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>大字</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>The community network cannot be reached. You are seeing this kiosk's own copy, last updated %1. Feedback you leave is kept here and sent later.</source>
        <translation>暂时连不上社区网络。您看到的是本机保存的内容，最后更新于 %1。您的反映会先保存在本机，联网后自动发送。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>ui::kiosk::NoticesScreen</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Party affairs</source>
        <translation>党务公开</translation>
    </message>
    <message>
        <source>Residents' affairs</source>
        <translation>居务公开</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>财务公开</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决策事项</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>◀ Back to the list</source>
        <translation>◀ 返回列表</translation>
    </message>
    <message>
        <source>Public notices</source>
        <translation>公开栏</translation>
    </message>
    <message>
        <source>There are no notices of this kind yet.</source>
        <translation>这一类还没有公开内容。</translation>
    </message>
    <message>
        <source>Itemised amounts</source>
        <translation>收支明细</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Total income %1 · Total expense %2</source>
        <translation>收入合计 %1 · 支出合计 %2</translation>
    </message>
    <message>
        <source>Total income %1, total expense %2.</source>
        <translation>收入合计 %1，支出合计 %2。</translation>
    </message>
    <message>
        <source>Progress: %1%</source>
        <translation>进度：%1%</translation>
    </message>
    <message>
        <source>What happened, step by step</source>
        <translation>办理经过</translation>
    </message>
</context>
<context>
    <name>ui::kiosk::NumericKeypad</name>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>⌫ Delete</source>
        <translation>⌫ 删除</translation>
    </message>
</context>
<context>
    <name>ui::kiosk::OnScreenKeyboard</name>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Handwriting</source>
        <translation>手写</translation>
    </message>
    <message>
        <source>⌫ Delete</source>
        <translation>⌫ 删除</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Write one character in the box</source>
        <translation>请在框里写一个字</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>退一笔</translation>
    </message>
    <message>
        <source>Write again</source>
        <translation>重写</translation>
    </message>
    <message>
        <source>Handwriting is getting ready…</source>
        <translation>手写正在准备…</translation>
    </message>
    <message>
        <source>Pinyin is getting ready…</source>
        <translation>拼音正在准备…</translation>
    </message>
</context>
<context>
    <name>ui::kiosk::PagedList</name>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ui::kiosk::PointsScreen</name>
    <message>
        <source>See your own points</source>
        <translation>查看您自己的积分</translation>
    </message>
    <message>
        <source>Points you can use</source>
        <translation>可用积分</translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation>积分记录（最新的在前）</translation>
    </message>
    <message>
        <source>No points recorded yet.</source>
        <translation>还没有积分记录。</translation>
    </message>
    <message>
        <source>Done — hide my points</source>
        <translation>看完了，关闭</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>我的积分</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>暂时查不到</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>No star level yet</source>
        <translation>还没有星级</translation>
    </message>
    <message>
        <source>This month: rank %1</source>
        <translation>本月第 %1 名</translation>
    </message>
    <message>
        <source>All time: rank %1</source>
        <translation>累计第 %1 名</translation>
    </message>
    <message>
        <source>Not ranked yet</source>
        <translation>暂无排名</translation>
    </message>
    <message>
        <source>Earned %1 · Used in the points store %2</source>
        <translation>累计获得 %1 · 积分超市已兑换 %2</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已冲正）</translation>
    </message>
    <message>
        <source>You have %1 points.</source>
        <translation>您有 %1 分可用积分。</translation>
    </message>
    <message>
        <source>Your level is %1.</source>
        <translation>您的等级是%1。</translation>
    </message>
</context>
<context>
    <name>ui::kiosk::RankingScreen</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Only residents who agreed are listed, and only part of their name is shown.</source>
        <translation>只显示同意公开的居民，姓名只显示一部分。</translation>
    </message>
    <message>
        <source>Points ranking</source>
        <translation>积分榜</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No. %1  %2</source>
        <translation>第 %1 名  %2</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>No. %1, %2, %3 points</source>
        <translation>第 %1 名，%2，%3 分</translation>
    </message>
    <message>
        <source>No points recorded in this period yet.</source>
        <translation>这段时间还没有积分记录。</translation>
    </message>
</context>
<context>
    <name>ui::kiosk::ReceiptWidget</name>
    <message>
        <source>Thank you! Your receipt number is:</source>
        <translation>谢谢！您的回执号是：</translation>
    </message>
    <message>
        <source>Please write this number down or take a photo of the code. With it you can see the answer under "Track my feedback".</source>
        <translation>请记下这个号码，或用手机拍下二维码。凭它可以在“查询进度”里看到办理结果。</translation>
    </message>
    <message>
        <source>Queued: the community network cannot be reached right now. Your feedback is saved on this kiosk and will be sent automatically.</source>
        <translation>待发送：现在连不上社区网络。您的反映已保存在本机，联网后会自动发送。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sent. The organization in charge has received it.</source>
        <translation>已送达，负责的单位已经收到。</translation>
    </message>
    <message>
        <source>Sorry, it could not be accepted. Please ask the staff for help.</source>
        <translation>对不起，没能受理。请找工作人员帮忙。</translation>
    </message>
    <message>
        <source>Your receipt number is %1.</source>
        <translation>您的回执号是 %1。</translation>
    </message>
    <message>
        <source>Feedback receipt</source>
        <translation>反映回执</translation>
    </message>
</context>
<context>
    <name>ui::kiosk::ResidentSignIn</name>
    <message>
        <source>Your resident code is on the card the community office gave you. If you forgot your PIN, please ask the staff.</source>
        <translation>居民码印在社区发给您的卡片上。忘记密码请找工作人员。</translation>
    </message>
    <message>
        <source>1. Enter your resident code (10 digits)</source>
        <translation>第一步：输入居民码（10位）</translation>
    </message>
    <message>
        <source>Resident code</source>
        <translation>居民码</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>2. Enter your PIN (6 digits)</source>
        <translation>第二步：输入密码（6位）</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>◀ Change code</source>
        <translation>◀ 重输居民码</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>This resident code is locked after too many wrong PINs. Please ask the staff to unlock it.</source>
        <translation>密码错误次数太多，这个居民码已锁定。请找工作人员解锁。</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s), then try again.</source>
        <translation>
            <numerusform>请等 %n 秒再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>This resident code is now locked after too many wrong PINs. Please ask the staff to unlock it.</source>
        <translation>密码错误次数太多，这个居民码现在已锁定。请找工作人员解锁。</translation>
    </message>
    <message>
        <source>The resident code or the PIN is not right. Please check and try again.</source>
        <translation>居民码或密码不对，请检查后再试。</translation>
    </message>
    <message>
        <source>This resident code is locked for a while after too many wrong PINs. Please ask the staff.</source>
        <translation>密码错误次数太多，这个居民码暂时锁定。请找工作人员。</translation>
    </message>
    <message>
        <source>Checking resident codes is not possible at this kiosk right now. Please ask the staff.</source>
        <translation>本机现在不能核对居民码。请找工作人员。</translation>
    </message>
</context>
<context>
    <name>ui::kiosk::StaffScreen</name>
    <message>
        <source>Back to the kiosk</source>
        <translation>返回自助服务</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>工作人员密码</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Kiosk settings (staff)</source>
        <translation>自助终端设置（工作人员）</translation>
    </message>
    <message>
        <source>− 15 s</source>
        <translation>− 15 秒</translation>
    </message>
    <message>
        <source>+ 15 s</source>
        <translation>+ 15 秒</translation>
    </message>
    <message>
        <source>Change the staff PIN</source>
        <translation>修改工作人员密码</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>退出自助终端模式</translation>
    </message>
    <message>
        <source>No staff PIN is set yet. Choose one (6 to 12 digits).</source>
        <translation>还没有设置工作人员密码。请设置一个（6到12位数字）。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in a few minutes.</source>
        <translation>密码错误次数太多，请几分钟后再试。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>Use at least 6 digits.</source>
        <translation>至少6位数字。</translation>
    </message>
    <message>
        <source>Enter the new staff PIN again.</source>
        <translation>请再输一遍新密码。</translation>
    </message>
    <message>
        <source>The two PINs differ. Choose one again.</source>
        <translation>两次输入的密码不一样，请重新设置。</translation>
    </message>
    <message>
        <source>Choose a staff PIN (6 to 12 digits).</source>
        <translation>请设置工作人员密码（6到12位数字）。</translation>
    </message>
    <message>
        <source>Unlock resident codes locked after wrong PINs (%1 locked)</source>
        <translation>解锁因密码错误被锁的居民码（已锁 %1 个）</translation>
    </message>
    <message>
        <source>Return to the start after %1 s without a touch</source>
        <translation>无人操作 %1 秒后回到首页</translation>
    </message>
    <message>
        <source>Receipt printer: none (tap to choose)</source>
        <translation>回执打印机：无（点此选择）</translation>
    </message>
    <message>
        <source>Receipt printer: %1 (tap to change)</source>
        <translation>回执打印机：%1（点此更换）</translation>
    </message>
</context>
<context>
    <name>ui::kiosk::TrackingScreen</name>
    <message>
        <source>Enter the receipt number</source>
        <translation>请输入回执号</translation>
    </message>
    <message>
        <source>The 8-digit number on the receipt you got when you left your feedback.</source>
        <translation>就是您反映问题时拿到的回执上的8位号码。</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>回执号</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Track my feedback</source>
        <translation>查询进度</translation>
    </message>
    <message>
        <source>This receipt number is not right. Please check the digits and try again.</source>
        <translation>回执号不对，请核对后再试。</translation>
    </message>
    <message>
        <source>No feedback has this receipt number yet. If you left it just now, it may still be on its way: try again later.</source>
        <translation>还查不到这个回执号。如果您刚刚提交，可能还在发送中，请稍后再查。</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>回执号 %1</translation>
    </message>
    <message>
        <source>Look up another</source>
        <translation>查其他回执号</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Handled by: %1</source>
        <translation>办理单位：%1</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>反映于 %1</translation>
    </message>
    <message>
        <source>Answer due by %1</source>
        <translation>应在 %1 前答复</translation>
    </message>
    <message>
        <source> — late, passed to the party committee</source>
        <translation>——已超期，已转社区党委督办</translation>
    </message>
    <message>
        <source>Hidden from public view. Reason: %1</source>
        <translation>已不公开显示。原因：%1</translation>
    </message>
    <message>
        <source>What you wrote: %1</source>
        <translation>您反映的内容：%1</translation>
    </message>
    <message>
        <source>Replies and steps</source>
        <translation>答复和办理经过</translation>
    </message>
    <message>
        <source>Is your problem solved?</source>
        <translation>您的问题解决了吗？</translation>
    </message>
    <message>
        <source>Yes, it is solved</source>
        <translation>解决了</translation>
    </message>
    <message>
        <source>No, not solved</source>
        <translation>没解决</translation>
    </message>
    <message>
        <source>How satisfied are you with how it was handled?</source>
        <translation>您对办理结果满意吗？</translation>
    </message>
    <message>
        <source>1 Very unhappy</source>
        <translation>1 很不满意</translation>
    </message>
    <message>
        <source>2 Unhappy</source>
        <translation>2 不满意</translation>
    </message>
    <message>
        <source>3 So-so</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <source>4 Happy</source>
        <translation>4 满意</translation>
    </message>
    <message>
        <source>5 Very happy</source>
        <translation>5 很满意</translation>
    </message>
    <message>
        <source>Skip rating</source>
        <translation>不评价</translation>
    </message>
    <message>
        <source>Thank you. Your answer is saved and will be sent when the network is back.</source>
        <translation>谢谢！您的答复已保存，联网后自动发送。</translation>
    </message>
    <message>
        <source>Thank you. Sending your answer…</source>
        <translation>谢谢！正在发送您的答复…</translation>
    </message>
    <message>
        <source>Thank you. Your answer is recorded.</source>
        <translation>谢谢！已记录您的答复。</translation>
    </message>
    <message>
        <source>Thank you. Your feedback is open again and will be handled once more.</source>
        <translation>谢谢！您反映的问题已重新办理。</translation>
    </message>
    <message>
        <source>Sorry, your answer could not be recorded. Please ask the staff.</source>
        <translation>对不起，没能记录您的答复。请找工作人员。</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot send answers right now. Please ask the staff.</source>
        <translation>对不起，本机现在不能发送答复。请找工作人员。</translation>
    </message>
</context>
</TS>