<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</TS>