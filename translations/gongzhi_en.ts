<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdmitCommand</name>
    <message>
        <source>Admit a node from its join request (OrgAdmitted or NodeAdded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The join request file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a join request without address and incarnation cannot join the cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no unused invitation with code %1 was made here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>admitting organization %1 (%2) as %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>voter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adding a node of organization %1 as %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApproveCommand</name>
    <message>
        <source>Approve a held transaction (ApprovalGranted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The held transaction's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An optional comment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give --data-dir and --tx with 64 hex digits</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClusterInitCommand</name>
    <message>
        <source>Found a consortium of several nodes on this PC (demos, tests, benchmarks).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many founding organizations (nodes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to create node1 … nodeN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first node's port on 127.0.0.1; the others follow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The community's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--nodes must be a number from 1 to 50</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>--base-port must leave room for %n port(s) below 65536</source>
        <translation>
            <numerusform>--base-port must leave room for %n port below 65536</numerusform>
            <numerusform>--base-port must leave room for %n ports below 65536</numerusform>
        </translation>
    </message>
    <message>
        <source>--dir is required</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Founded %1 with %n node(s); consortium %2.</source>
        <translation>
            <numerusform>Founded %1 with %n node; consortium %2.</numerusform>
            <numerusform>Founded %1 with %n nodes; consortium %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1  %2  127.0.0.1:%3  node %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start each node with: gongzhi-node --data-dir &lt;directory&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsistencyCommand</name>
    <message>
        <source>Print a proof that the chain extends a head recorded earlier (check it with verify-consistency).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height of the recorded head.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hash of the recorded head (64 hex digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prove against this block instead of the current head.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from-height (a block height) and --from-hash (64 hex digits) are required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--to-height must be a block height from %1 (the recorded head) to %2 (the current head)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the chain does NOT extend that head: it ends at block %1, below the recorded block %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the chain does NOT extend that head: block %1 is %2, not %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>block %1's history root does not match the stored block hashes (run gongzhi-cli verify)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>The node's data directory.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>Create a data directory holding a realistic demo community (six months of records).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed of the generator (same seed, same community).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size: 1 is about 10,000 transactions and 2,000 residents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--seed must be a number and --scale a number from 1 to 1000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating the community…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo community "%1": %2 transactions in %3 blocks, %4 residents (%5 s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing blocks: %1 transactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several nodes: organizations 1 to N each get a data directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --nodes: where to create node1 … nodeN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --nodes: the first node's port on 127.0.0.1; the others follow.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The demo community has %n organization(s): --nodes must not exceed it.</source>
        <translation>
            <numerusform>The demo community has %n organization: --nodes must not exceed it.</numerusform>
            <numerusform>The demo community has %n organizations: --nodes must not exceed it.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1  organization %2  %3:%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start each node with: gongzhi-node --data-dir &lt;directory&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--nodes must be a number from 1 to the number of organizations</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>--base-port must leave room for %n port(s) below 65536</source>
        <translation>
            <numerusform>--base-port must leave room for %n port below 65536</numerusform>
            <numerusform>--base-port must leave room for %n ports below 65536</numerusform>
        </translation>
    </message>
    <message>
        <source>--dir is required</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DesktopOptions</name>
    <message>
        <source>Gongzhi community co-governance desktop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PC's node data directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start as the self-service kiosk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a PNG of every page and dialog into OUTDIR, then quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in at once as a staff member or the party secretary: staff or secretary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password for --as.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--as takes staff or secretary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--lang takes zh_CN or en</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure start-up, every page's open time and scrolling (with --as), print the figures, then quit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Party committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residents' committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Property management</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervision committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown organization kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Party secretary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Party affairs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residents' affairs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown record kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request for help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown feedback kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write the chain as JSON lines, one block per line, for independent audit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First block height to export (default 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last block height to export (default: the head).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from and --to must be block heights with from &lt;= to &lt;= %1 (the head)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot export: %1 (run gongzhi-cli verify)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting: block %1 of %2, %3 transactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported blocks %1 to %2 with %3 transactions.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HasCommand</name>
    <message>
        <source>Check that the local chain holds every transaction id listed in a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file with one transaction id (hex) per line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: not a transaction id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 transactions are missing from %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All %1 transactions are on the chain.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HeadCommand</name>
    <message>
        <source>Print the height and hash of the local chain's head.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Found a new consortium with this PC as its first node.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the community (the consortium).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of this PC's organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of organization: party_committee, residents_committee, street_office, property_management, social_organization, supervision_committee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the first administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the party secretary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown organization kind '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Founded consortium "%1" (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Genesis block: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node key fingerprint: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key files of the administrator and the party secretary are in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address the node listens on for other organizations' nodes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port the node listens on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a ledger already exists in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--port must be a port number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InviteCommand</name>
    <message>
        <source>Invite a new organization's node (or another node of one) to the cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind: party_committee, residents_committee, ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An existing organization's id: invite another node of it (NodeAdded).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The node never votes (a kiosk PC).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invitation file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give --org-name, a known --org-kind, --out and a numeric --org-id if any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invitation written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JoinCommand</name>
    <message>
        <source>The invitation file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address the other nodes dial, HOST:PORT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this invitation has no genesis block; ask for a new one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>node prepared in %1 (node key %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>join request written to %1; start gongzhi-node: it waits to be admitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such invitation: check the code and the address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the invitation has expired: ask for a new one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the invitation was already used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>too many wrong codes, try later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused by the inviting PC: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot reach the inviting PC: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepare this PC's node from an invitation (a file, or a code fetched from the inviting PC) and write or deliver its join request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invitation code read out on the phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ABCD-EFGH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The inviting PC's address (with --code).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The join request file to write (required with --invitation).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give --listen HOST:PORT and --out FILE (or --code and --from)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give --code ABCD-EFGH and --from HOST:PORT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invitation %1 from %2 for "%3"; consortium fingerprint %4 (compare it on the phone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the join request is saved in %1: carry it to the inviting PC instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>join request delivered to %1 (a copy is in %2); start gongzhi-node: it waits to be admitted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoadCommand</name>
    <message>
        <source>Submit signed test transactions through the running node and measure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many transactions to submit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many to keep in flight.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the id of every committed transaction to this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--count and --concurrency must be positive numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signing %1 transactions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no node is running for %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the node answered a request that was not made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transaction %1 was not committed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 committed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the node closed the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer from the node for %1 s; giving up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>block %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transaction %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Protect the new key files with the passphrase on the first line of FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the key files without a passphrase (demo data only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the passphrase file %1 is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: key files are written without a passphrase; anyone who can read them can sign in these people's names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give --passphrase-file FILE, set GONGZHI_PASSPHRASE, or pass --no-passphrase</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProofCommand</name>
    <message>
        <source>Print a JSON proof that a transaction is in its block (check it with verify-proof).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The transaction id (64 hex digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--tx must be a transaction id of 64 hex digits</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProofJson</name>
    <message>
        <source>Hex of a block header you already trust; the proof must be anchored to exactly it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A member node's public key (hex, repeatable); the anchoring block must be proposed by one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SHA-256 of the header is not the block hash %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header is not a valid block header: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proposer's signature over the header does not verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header differs from the trusted header given with --header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the block was proposed by %1, which is not one of the trusted node keys</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RebuildStateCommand</name>
    <message>
        <source>Rebuild the governance state from the genesis block.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State rebuilt to block %1 in %2 s.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoveNodeCommand</name>
    <message>
        <source>Remove a node from the cluster (NodeRemoved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The node's key (hex).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HEX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it leaves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give --data-dir, --node-key (64 hex digits) and --reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Show a block or a transaction in readable form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"block N" or "tx ID".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say what to show: show block N, or show tx ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a block height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Hash: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Previous hash: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Time: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Proposer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Merkle root: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  History root: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Transactions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Transaction %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a transaction id of 64 hex digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Block: %1, position %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Block hash: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Block time: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sequence: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload: %1 bytes: %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Community: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization %1: %2 (%3), node %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person: %1, %2 of %3, key %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>party committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>residents' committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>street office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>property management</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>social organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>supervision committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>party secretary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auditor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (node of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StateCommands</name>
    <message>
        <source>the state is at block %1 but the chain ends at %2; run rebuild-state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applying block %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StateDigestCommand</name>
    <message>
        <source>Print the digest of the governance state (the same on every node at the same height).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show the running node's role, term, leader, heights and peers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the status as one JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no node is running for %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the node did not answer the status request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>candidate (election in progress)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node:            %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role:            %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Term:            %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leader:          %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Committed height: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied height:  %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The node has halted and no longer serves; see its log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peer %1 (%2): %3, match index %4, lag %5, last contact %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>voter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership:      waiting to be admitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership:      %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>learner (receives the chain, does not vote)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubmissionStage</name>
    <message>
        <source>Queued: signed and saved on this PC; it is sent when enough members are online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent: waiting for the members to record it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded in block %1; it takes effect once a secretary approves it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ Rejected: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check every hash link, Merkle root and signature of the chain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifying: block %1 of %2, %3 transactions (%4/s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the chain does not verify: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified %1 transactions in %2 s using %3 threads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocks %1 to %2 are not in this PC's ledger file yet: it lost power before they reached the disk. Its Raft log holds them, linked to the verified chain, and the node restores them when it starts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerifyConsistencyCommand</name>
    <message>
        <source>Check without the database that a chain head extends a head recorded earlier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proof document (default: standard input).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hash of the newer head, as you trust it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Require the proof to start at this recorded height.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Require the proof to start at this recorded hash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from-height must be a block height, --from-hash and --to-hash 64 hex digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the proof: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proof does not verify: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chain ending at block %1 (%2) extends block %3 (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header is of block %1, not block %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proof ends at block hash %1, not at the trusted %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proof starts at block %1 (%2), not at the recorded head</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tree_size %1 is not to_height %2: the history tree of block N has N leaves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the recorded block %1 is above block %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>block %1 is %2, not the recorded %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a proof between equal heights must have an empty audit path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the audit path does not lead from block %1's hash to block %2's history root: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerifyProofCommand</name>
    <message>
        <source>Check a transaction's inclusion proof without the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proof document (default: standard input).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Require the proof to be about this transaction id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--tx must be a transaction id of 64 hex digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the proof: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proof does not verify: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction %1 is leaf %2 of %3 in block %4 (%5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header is of block %1, not block %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>merkle_root is not the Merkle root in the header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tree_size %1 is not the header's transaction count %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tx is not the SHA-256 of the leaf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proof is about transaction %1, not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the audit path does not lead from the leaf to the Merkle root: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the leaf is not a valid transaction: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the author's signature in the leaf does not verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the transaction belongs to another consortium than the block</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: gongzhi-cli &lt;command&gt; [options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run gongzhi-cli &lt;command&gt; --help for the options of a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs this PC's Gongzhi ledger node.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The node's data directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gongzhi-node: --data-dir DIR is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gongzhi-node: cannot watch for signals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gongzhi-node: cannot run a node from the data directory %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ApprovalDescription</name>
    <message>
        <source>New record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record amendment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New scoring handbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Large deduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score reversal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points store item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admit organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grant role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction type %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule %1, resident %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted by %1 (%2) on %3, block %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record is no longer on the ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record is approved in your name. With “publish at once” it becomes a public notice residents see at the kiosk and on printed notices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes against the current version (revision %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record shows the new content. The current version stays in the record's history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record is marked withdrawn; residents see that it was withdrawn and why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now: %1, %2 points, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now: not in the store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item %1: %2, %3 points, %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delisted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for hiding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text is no longer shown publicly; the resident can still read it and the reason by tracking code. Nothing is deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (now: %2) gets the role %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (now: %2) loses the role %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deductions above %1 points need approval</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Resolved feedback closes after %n day(s)</source>
        <translation>
            <numerusform>Resolved feedback closes after %n day</numerusform>
            <numerusform>Resolved feedback closes after %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) joins the consortium as organization %3 with node key %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 leaves the consortium; its node and people can sign nothing more. Reason: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item cannot be described in detail; approve it only if you know what it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proposal cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level %1 from %2 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes against version %1 (rule code · title · points · monthly cap)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first handbook (rule code · title · points · monthly cap)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 takes effect at once for every organization: new score events use its rules and points; levels are recomputed from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The score event is no longer on the ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event reversed: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deductions of more than %1 points need a secretary's approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 loses %2 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 gets %2 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance: %1 → %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ApprovalDialog</name>
    <message>
        <source>Approval</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Approve %n item(s)</source>
        <translation>
            <numerusform>Approve %n item</numerusform>
            <numerusform>Approve %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment (required to reject; shown in the history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish approved records at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your decision is signed with your own key (%1, %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The items cannot be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s) in this decision</source>
        <translation>
            <numerusform>%n item in this decision</numerusform>
            <numerusform>%n items in this decision</numerusform>
        </translation>
    </message>
    <message>
        <source>Please say why you reject it; the submitter reads your comment.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ApprovalQueueModel</name>
    <message>
        <source>Waiting (routine)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ApprovalsPage</name>
    <message>
        <source>The queue cannot be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routine items only: records and store listings. Deductions, handbooks and changes to people are reviewed one by one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items waiting for your approval. Open one to see everything it contains and what approving it changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only party secretaries approve items; nothing waits for you here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is waiting for your approval.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting for your approval.</source>
        <translation>
            <numerusform>%n item waiting for your approval.</numerusform>
            <numerusform>%n items waiting for your approval.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected items are not routine; review them one by one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an item first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s) left out of the batch: review them one by one.</source>
        <translation>
            <numerusform>%n item left out of the batch: review them one by one.</numerusform>
            <numerusform>%n items left out of the batch: review them one by one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your decision was not accepted: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::AttentionNotifier</name>
    <message>
        <source>Gongzhi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New approval request</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n items wait for your approval.</source>
        <translation>
            <numerusform>%n items wait for your approval.</numerusform>
            <numerusform>%n items wait for your approval.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback assigned to you</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n feedback items are assigned to you.</source>
        <translation>
            <numerusform>%n feedback items are assigned to you.</numerusform>
            <numerusform>%n feedback items are assigned to you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::AuditJob</name>
    <message>
        <source>a signature does not match its data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a hash does not match: stored data was changed after it was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ledger file could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored data breaks the ledger's rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::AuditPage</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the organizations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block %1: reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Block %1&lt;/b&gt; · %2 · proposed by %3 · proposer's signature %4&lt;br&gt;Hash &lt;tt&gt;%5&lt;/tt&gt;&lt;br&gt;Previous &lt;tt&gt;%6&lt;/tt&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ INVALID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save inclusion proof</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A transaction or record id is 64 hex digits (0-9, a-f).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No transaction with this id is on the chain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify the whole chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking every hash link, Merkle root and signature from the first block to the last. The app stays usable meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing every block as one JSON line to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the block list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the list of blocks to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every block and transaction of the shared ledger, as every member organization holds it. Nothing is ever changed or deleted: verify it yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check every hash link, Merkle root and signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the chain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON lines an outside auditor can check with SHA-256 and Ed25519 alone (like gongzhi-cli export)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export list (CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list of blocks as a spreadsheet for Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction or record id (64 hex digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a transaction or record by its id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The transaction's content in readable form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export inclusion proof…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file proving the transaction is in its block</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::BatchEntryDialog</name>
    <message>
        <source>Record points for an activity's attendees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional note for every entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record for ticked residents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · %3 attended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 residents ticked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance already gave each of them “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a rule of the handbook in effect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This rule requires evidence for each resident: record it one by one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance already gave this rule's points: choose another rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one resident.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::BlockCsvJob</name>
    <message>
        <source>Cannot open the ledger: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved the list of %n blocks to %1.</source>
        <translation>
            <numerusform>Saved the list of %n blocks to %1.</numerusform>
            <numerusform>Saved the list of %n blocks to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BlockListModel</name>
    <message>
        <source>Cannot read the blocks: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block hash</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ChainExportJob</name>
    <message>
        <source>Cannot open the ledger: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n blocks with %1 transactions to %2. An auditor can check the file with SHA-256 and Ed25519 alone.</source>
        <translation>
            <numerusform>Exported %n blocks with %1 transactions to %2. An auditor can check the file with SHA-256 and Ed25519 alone.</numerusform>
            <numerusform>Exported %n blocks with %1 transactions to %2. An auditor can check the file with SHA-256 and Ed25519 alone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ChainVerifyJob</name>
    <message>
        <source>Cannot open the ledger: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot prepare the check: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The whole chain verifies: %n blocks and %1 transactions, every hash link, Merkle root and signature is intact. Head %2.</source>
        <translation>
            <numerusform>The whole chain verifies: %n blocks and %1 transactions, every hash link, Merkle root and signature is intact. Head %2.</numerusform>
            <numerusform>The whole chain verifies: %n blocks and %1 transactions, every hash link, Merkle root and signature is intact. Head %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification cancelled after block %1 of %2; nothing wrong was found up to there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chain does NOT verify at block %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chain does NOT verify: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ChangePinDialog</name>
    <message>
        <source>Change PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new PIN for %1. Ask the resident to show an ID card first; the old PIN stops working once the change is on the ledger.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::CreditLists</name>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::CreditPage</name>
    <message>
        <source>Score events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rankings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record points…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch entry for an activity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>score-events.csv</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::CsvExport</name>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::DesktopSession</name>
    <message numerus="yes">
        <source>Locked after %n minutes without activity.</source>
        <translation>
            <numerusform>Locked after %n minutes without activity.</numerusform>
            <numerusform>Locked after %n minutes without activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger in %1 could not be opened: %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gongzhi</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::FeedbackDetailDialog</name>
    <message>
        <source>Send reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply and mark resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your answer to the resident (they read it at the kiosk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it goes there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forward to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This feedback item is not on the ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The item could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;Handled by %5 · assignee %6 · resident %7&lt;br&gt;Deadline &lt;span style='color:%8'&gt;%9&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;br&gt;Hidden from public view: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;No replies yet.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued, not yet on the ledger: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a person of the handling organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The item is already with %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why it goes there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forward %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply is too long or not valid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::FeedbackIntakeDialog</name>
    <message>
        <source>The resident wants to stay anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter feedback received by phone or in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (answer within %2 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the category says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the resident said, in their words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything typed here stays on the community ledger for good. Do not write ID numbers, phone numbers or addresses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write down what the resident said.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text seems to contain a phone or ID number. Remove it: the ledger keeps every word for good.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the resident, or tick anonymous.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feedback is not valid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New feedback: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::FeedbackLists</name>
    <message>
        <source>Tracking code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent back as not ours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hidden from public view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmed solved by the resident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident says not solved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue, escalated to the party committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appeal of a score event</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::FeedbackPage</name>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our organization's inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All public items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalated to the party committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter feedback…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due within 2 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>action queued, not yet sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>feedback.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing in this organization's inbox matches. Feedback routed to other organizations is under &lt;a href="all"&gt;all public items&lt;/a&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No feedback matches these filters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::HaltReason</name>
    <message>
        <source>Stopped: this PC's ledger differs from the other organizations'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped: the ledger could not be saved on this PC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped: this PC's copy of the ledger is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped to protect the ledger's data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PC's ledger no longer matches the other organizations'. It stopped taking part so that the error does not spread. The other organizations keep working. Please contact technical support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PC could not save the ledger to its disk (the disk may be full or failing). It stopped so that nothing is recorded only halfway. Free some disk space and restart Gongzhi; if it stops again, contact technical support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy of the ledger on this PC does not fit what the organizations agreed on. It stopped so that the damage does not spread; the other organizations' copies are not affected. Please contact technical support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PC's ledger node stopped to protect the data. Nothing that was saved is lost, and changes made here wait until it runs again. Please contact technical support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The node reported no reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ledger stopped</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::HandbookDraftDialog</name>
    <message>
        <source>Add row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly cap (0 = none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence (yes/no)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New handbook version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (takes effect when a party committee secretary approves it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rule %1: points and cap must be whole numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>level %1: points must be a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continuing the draft saved on this PC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft saved on this PC. Nothing is on the ledger until you send it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft is not complete: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handbook version %1 sent for approval</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::HandbookView</name>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From points earned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepare a new version…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>handbook-rules.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No scoring handbook is in effect yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2 · in effect since %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::InvitationDialog</name>
    <message>
        <source>Invite an organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Xingfuli Seniors' Association</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invitation-%1.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gongzhi invitations (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already a member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the invitation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the invitation for %1 to %2. Give them the file and read them the code above on the phone; their join request will show the same code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A kiosk PC of our organization (self-service screen: keeps a copy of the ledger, never votes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the ledger's first block: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create invitation file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invite by code only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invited organization installs Gongzhi on its office PC. There it fetches the invitation from this PC with the code shown here (read it out on the phone), or opens the invitation file. Its PC then sends back a join request, which a party secretary approves on the Network page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the new PC, choose &lt;i&gt;Fetch invitation&lt;/i&gt; and enter this PC's address &lt;b&gt;%1&lt;/b&gt; and the code. Consortium fingerprint: &lt;b&gt;%2&lt;/b&gt; — the new PC shows the same; compare it on the phone. The code is valid for 7 days, once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitation for %1 created. Read them the code above on the phone; their join request will arrive on the Network page.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::JobProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::JoinApprovalDialog</name>
    <message>
        <source>Admit the organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve a join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the join request the new organization sent you, check that it shows the code you gave them, then admit it. Its node receives the whole ledger and keeps a copy like every member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open join request…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>64 hex digits, from the join request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitation code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open join request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gongzhi join requests (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a usable join request: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This join request is for another consortium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a party committee secretary or an administrator can admit an organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the organization's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already a member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The node key is 64 hex digits (0-9, a-f); copy it from the join request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This node key is already used by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization no. %1, %2 (%3), with node %4, will be admitted, signed by you (%5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As an administrator, your admission waits for a party committee secretary's approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot admit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued: signed and saved on this PC; it is sent when enough members are online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent: waiting for the members to record it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded in block %1; waiting for a party committee secretary's approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ Not admitted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This request comes from an older version: it has no network address, so the organization becomes a member but its PC cannot join the network. Ask them for a new request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrol its administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the party committee's secretary can enrol another organization's administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization no. %1 is not an active member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a member already. %2 will be enrolled as its administrator, signed by you (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node %1 of %2 will be added as %3, signed by you (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a kiosk that never votes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a voting node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Then %1 is enrolled as its administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its administrator %1 is enrolled afterwards by the party committee's secretary (opening this request again).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ %1 enrolled as the organization's administrator in block %2. They can sign in on their PC once it has caught up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Admitted in block %1. The new node now copies the ledger and takes part.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot enrol the administrator: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::JoinProgressDialog</name>
    <message>
        <source>Continue to sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joining the consortium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. Waiting to be admitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2. Copying the ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3. Waiting for the administrator's enrolment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the join request file to the organization that invited you and confirm the code &lt;b&gt;%1&lt;/b&gt; with them on the phone. A party secretary approves it there; this PC then receives the ledger by itself.&lt;br&gt;This PC's node key fingerprint: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1 blocks per second)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The members admitted this PC. It is copying the ledger and checking every signature: block %1 so far%2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PC holds the whole ledger and takes part in the network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PC holds the whole ledger and takes part in the network. %1 can now sign in as your organization's administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PC holds the whole ledger. The party committee's secretary still has to enrol &lt;b&gt;%1&lt;/b&gt; as your organization's administrator (Network page → Approve a join, with the same join request).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::JoinRequestsWidget</name>
    <message>
        <source>Join requests received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review and approve…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New PCs sent these with an invitation code from this PC. Compare the code and the node fingerprint with the caller, then approve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — code %2, node %3 at %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (kiosk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, administrator %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::LazyTableModel</name>
    <message>
        <source>Queued: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Gongzhi — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gongzhi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::MemberModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n days ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Online (this computer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in the network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seeking election</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learner (catching up, no vote)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown node %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n blocks behind</source>
        <translation>
            <numerusform>%n blocks behind</numerusform>
            <numerusform>%n blocks behind</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the leader knows how far each member is behind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node key %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization is on the ledger, but no node of it takes part in the replication.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer has no connection to it: it is switched off, or the network between the two is down.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the organizations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer is the node of &lt;b&gt;%1&lt;/b&gt; in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer leads the network: it puts new entries into blocks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer follows the leader and keeps a full copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No leader at the moment; the members are electing one.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n voting members online</source>
        <translation>
            <numerusform>%1 of %n voting members online</numerusform>
            <numerusform>%1 of %n voting members online</numerusform>
        </translation>
    </message>
    <message>
        <source>changes are recorded on the ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>too few are online: changes wait in the queue (queued) until more members are back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2; %3 Block height %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a party secretary or an administrator can invite and admit organizations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the leader's computer can hand leadership over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an online voting member to hand leadership to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let %1's computer lead the network, e.g. before this computer is shut down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfer leadership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand the leadership of the network to %1's computer? Nothing recorded is lost; the network pauses for a moment while the new leader takes over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leadership was not handed over: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handing leadership to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each member organization keeps a full copy of the ledger on its office PC. The copies stay identical as long as more than half of the voting members are online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy this node's full key, e.g. to compare it on the phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key fingerprint — compare it with what other members see for this computer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invite an organization…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve a join…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfer leadership…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::OverviewCharts</name>
    <message>
        <source>Feedback per week, by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points awarded in %1, by category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public records by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residents satisfied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points awarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ledger network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The overview could not be read from the ledger: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>A month, e.g. "June 2026" (QDate format)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures as of %1, the latest entry in the ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>items to decide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for someone to take them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>past the response deadline</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>of %n rated replies</source>
        <translation>
            <numerusform>of %n rated replies</numerusform>
            <numerusform>of %n rated replies</numerusform>
        </translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quorum reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no quorum: changes wait</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>, %n entries not yet committed</source>
        <translation>
            <numerusform>, %n entries not yet committed</numerusform>
            <numerusform>, %n entries not yet committed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::PayloadDescriber</name>
    <message>
        <source>the type %1 is unknown to this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (node)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not decoded</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Payload (%n bytes, hex)</source>
        <translation>
            <numerusform>Payload (%n bytes, hex)</numerusform>
            <numerusform>Payload (%n bytes, hex)</numerusform>
        </translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2), node %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2 of %3, key %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New node key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deductions needing approval</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>more than %n points</source>
        <translation>
            <numerusform>more than %n points</numerusform>
            <numerusform>more than %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved feedback closes after</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n days</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Resident (pseudonym)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN check value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consents to a masked name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Masked name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no decoder for this type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2), SHA-256 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance earns points by rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from %2 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handbook version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence (SHA-256)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n points</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No, delisted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routed by category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The party committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No, reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 → %2, answer within %n days</source>
        <translation>
            <numerusform>%1 → %2, answer within %n days</numerusform>
            <numerusform>%1 → %2, answer within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::PendingList</name>
    <message>
        <source>Double-click a refused entry to dismiss it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redemption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handbook version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued: will be sent when the ledger can be reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to the ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for a secretary's approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused by the ledger: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::PeoplePage</name>
    <message>
        <source>Add a person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change roles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New key (forgotten password)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People who sign for the organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signs in on this PC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The people could not be read from the ledger: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key replaced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>founder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key file left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 enrolled, %2 removed or replaced. Greyed rows can sign nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only %1's own organization (an administrator or secretary of %2) can give them a new key. You can instead remove %1 and enrol them again: they then get a new key and password, with the roles you tick.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wang Fang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left the community office</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::PersonChangeDialog</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles decide what %1 may sign (docs: permission matrix). A person keeps at least one role; to take all, remove the person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grant: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit the change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1? Afterwards their key can sign nothing: they cannot sign in to work any more. What they signed stays on the ledger. This cannot be undone; to work again they must be enrolled anew.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. left the community office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an administrator or a secretary can do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This person belongs to another organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This person is no longer enrolled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no role change to make.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the reason; it is kept on the ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator or secretary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As an administrator, your role change takes effect once a party committee secretary approves it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed by you (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Roles changed in block %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Removed in block %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::PersonKeyDialog</name>
    <message>
        <source>Add a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New key for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 gets a new signing key with a new password; their name, organization and roles stay. The old key can sign nothing afterwards. Let %1 type the new password themselves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new person gets their own signing key on this PC. Let them type their password themselves: they sign in with it here. Nobody can recover a forgotten password; an administrator can give them a new key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the new key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an administrator or a secretary can do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the person's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no organization you may enrol into.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passwords need at least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passwords typed twice do not match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new key is saved on this PC; %1 signs in here with the new password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) will be enrolled in %3, signed by you (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their key file is saved on this PC; they sign in at a PC of their own organization, so copy the file from the keys folder to that PC's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protecting the key with the password (a few seconds)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key saved on this PC (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ New key in effect since block %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Enrolled in block %1; they can sign in now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file was deleted again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::PinEntry</name>
    <message>
        <source>6 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate a PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN: %1 (also printed on the slip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PIN has 6 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ProofExport</name>
    <message>
        <source>Transaction %1 is not on the chain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot make the proof: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the proof that this transaction is in block %1 to %2. Anyone can check it without the ledger: gongzhi-cli verify-proof --proof FILE</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::RankingView</name>
    <message>
        <source>By month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residents are shown by name only on the PC of the organization that registered them; elsewhere by masked name (with consent) or number. The level comes from all points earned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ranking-%1.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1-%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::RecordCsvExport</name>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Income (yuan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expense (yuan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::RecordDetailDialog</name>
    <message>
        <source>Governance record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History (every step is signed and kept on the ledger)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress update…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark completed…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amend…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print notice…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notice as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record cannot be shown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ does not verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ not in the block store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— (block time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Warning: %n step(s) of this history do not verify.</source>
        <translation>
            <numerusform>Warning: %n step of this history do not verify.</numerusform>
            <numerusform>Warning: %n steps of this history do not verify.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every signed step verifies against the ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approval refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file “%1” is not on this PC yet (attachments are not copied between organizations).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file “%1” on this PC does not match the ledger: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file “%1” cannot be opened.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::RecordEditorDialog</name>
    <message>
        <source>Amend record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Governance record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A short title residents will understand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The full text of the notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Income or expense</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule code for attendance points (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the record is corrected (shown in its history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep it on this PC; nothing is sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit amendment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store the attachment: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 KB, SHA-256 %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please give the record a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text is blank.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A financial disclosure needs at least one income or expense line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every line needs an item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every line needs an amount in yuan, e.g. 1280.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A task needs an organization and a deadline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An activity must end after it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The points rule code may contain only letters, digits, '.', '_' and '-'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An attachment has no name or is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record is not valid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please give the draft a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please say why the record is amended.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::RecordHtml</name>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Income or expense</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total income</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total expense</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed up / attended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carried out by %1, due %2, progress %3%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time: %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This notice is kept on the community co-governance ledger as record No. %1, published in block %2. Any member organization can check that it has not been changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::RecordListModel</name>
    <message>
        <source>In %1 / out %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%, due %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 signed up, %2 attended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft (on this PC only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued, not yet on the ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::RecordProgressDialog</name>
    <message>
        <source>Progress update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A withdrawn record stays in the ledger with its history; residents see that it was withdrawn and why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please describe what was done.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::RecordsPage</name>
    <message>
        <source>The list cannot be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ledger is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search title and text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft cannot be deleted: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform>
            <numerusform>Exported %n records to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts cannot be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approval of a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejection of a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publishing a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completion of a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amendment of a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawal of a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This submission is waiting to be sent: it is saved on this PC and goes to the ledger as soon as enough organizations can be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to write records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft cannot be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft saved on this PC. It is not on the ledger until you submit it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record was not accepted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record is on the ledger (block %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft cannot be updated: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted. It is listed as queued until the ledger has it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: queued, waiting to be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: sent, waiting for the ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: done (block %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: waiting for a secretary's approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not accepted: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save public notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF cannot be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public notice saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Community garden renovation: costs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Costs of renovating the community garden, for residents to review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street office grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plants and soil</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::RedemptionDialog</name>
    <message>
        <source>Redeem points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redeem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store has no active items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a resident.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The balance could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough points: this needs %1 points, the balance is %2. Nothing was redeemed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 × %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::RegisterResidentDialog</name>
    <message>
        <source>The resident agrees to show a masked name on public rankings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register a resident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name, ID number, phone and address stay in this PC's encrypted registry. The ledger gets only a random pseudonym, and a masked name if the resident agrees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registering…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rankings show only the resident number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rankings will show a masked name once the name is entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rankings will show: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the resident's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This name cannot be masked for the rankings (2 to 6 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ID number is not a valid 18-character resident ID (check the last character).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::RegistryKeyDialog</name>
    <message>
        <source>Protect the resident registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock the resident registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keychain took the resident registry's key (%1). It will be kept in a file on this PC, protected by a passphrase you choose now. Staff need the passphrase each time the app starts to see residents' names. Without it the names cannot be recovered: write it down and keep it safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resident registry's key is protected by a passphrase on this PC. Enter it to see and register residents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ResidentDirectory</name>
    <message>
        <source>The resident registry key is not on this PC, so residents are shown by number only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resident registry could not be opened (%1), so residents are shown by number only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resident registry is locked, so residents are shown by number only. Unlock it on the Residents page.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ResidentListModel</name>
    <message>
        <source>(not in the registry)</source>
        <extracomment>A resident whose name is not in this PC's registry (removed, or key missing).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name on rankings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ResidentPicker</name>
    <message>
        <source>Name or resident number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading residents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No resident matches.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ResidentSlipDialog</name>
    <message>
        <source>Slip for the resident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new PIN is shown only now. Print the slip or read the PIN to the resident.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resident code and PIN are shown only now. Print the slip and hand it to the resident: they sign in at the kiosk with both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident no.:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resident-slip.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this slip. Sign in at the self-service kiosk with your resident code and PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not show your PIN to anyone. Staff will never ask for it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ResidentsPage</name>
    <message>
        <source>Register a resident…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change PIN…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name on rankings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove from registry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by name, phone, resident number or ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residents registered by this organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names, ID numbers and phones are kept only in this PC's encrypted registry; the ledger knows residents by number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock the resident registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That passphrase does not unlock the registry key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The residents could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the resident registry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PC has no resident registry yet. Create it to register residents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create the registry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resident registry's key is not on this PC (neither in keys/ nor in the system keychain), so names cannot be shown and nobody can be registered. Restore the key from your backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resident registry is locked: its key is protected by a passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resident registry could not be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keychain is available: the registry key is kept in a file protected only by its passphrase (keys/registry-key.json). Keep the passphrase safe and back the file up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The registry key is stored unprotected in keys/registry.key (demo or kiosk set-up): anyone who can read this PC's files can read residents' details.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation>
            <numerusform>%n resident</numerusform>
            <numerusform>%n residents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 residents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name on rankings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>residents.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export residents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (resident %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A resident with this ID number is already registered. Search for the ID number to find them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The registry did not take the resident: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show %1 on rankings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PIN was not changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rankings now show %1 as %2. Withdraw the consent? Rankings will show the resident number only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has %1 agreed to appear on public rankings as %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide %1 from rankings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove from registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1 from this PC's registry (for example after moving away)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name, ID number, phone, address and PIN are deleted for good and cannot be restored. The ledger's history stays valid but anonymous: points and feedback remain under resident number %1, which no one can link to this person any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resident was not removed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ScoreEntryDialog</name>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: what happened, where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No scoring handbook is in effect yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required by this rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence (photo, scan, minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a resident.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a rule of the handbook in effect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence file cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence could not be stored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This rule requires evidence: choose a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry is not valid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ScreenshotTour</name>
    <message>
        <source>Xingfuli Community, Chengguan Town</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Xingfuli Community Party Committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zhang Wei</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Li Hong</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Start as the residents' self-service kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language is used the next time Gongzhi starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock after inactivity:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::SetupWizard</name>
    <message>
        <source>Set up Gongzhi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to Gongzhi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PC keeps a copy of the community's shared ledger. Choose how to start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found a new consortium for our community</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join an existing consortium with an invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The community party organization founds the consortium; other organizations join it later by invitation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The community and this organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These names are written into the first block of the ledger and cannot be changed later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Xingfuli Community, Chengguan Town</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A consortium is founded by the community party organization: choose "%1", or join with an invitation instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Community:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This organization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of organization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other organizations' PCs connect to this port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first administrator and party secretary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each gets a personal signing key, protected by their own password. Nobody can recover a forgotten password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator's name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Party secretary's name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type both names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The administrator and the party secretary are two different people.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passwords need at least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passwords typed twice do not match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Founding the consortium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making keys and the first block of the ledger. Protecting the keys with the passwords takes a few seconds…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The consortium could not be founded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PC's node key is kept in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: this PC has no system keychain. The node key is stored in a file in the data folder, protected only by file permissions; keep the PC's user account private.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done. %1 is signed in as the administrator; the party secretary signs in with their own password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join a consortium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open invitation file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitations (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save join request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join requests (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='color:#c0392b'&gt;This is not a valid invitation: %1&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='color:#c0392b'&gt;The join request could not be saved: %1&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PC's address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The other members connect to this address (IP address and port). Keep the port open in the firewall.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your administrator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The administrator signs in on this PC with this password once the party secretary has enrolled them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepare this PC and save the join request…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it was made by an older version; ask for a new invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invites &lt;b&gt;%1&lt;/b&gt; (%2) to join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adds this PC as a node of &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (a kiosk: it keeps a copy of the ledger and never votes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The consortium of &lt;b&gt;%1&lt;/b&gt; %2.&lt;br&gt;Members to contact: %3&lt;br&gt;Confirmation code: &lt;b&gt;%4&lt;/b&gt; (compare it with the inviting administrator on the phone).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter this PC's address as IP:port, for example 192.168.1.20:7400.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your organization's administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making this PC's keys. Protecting the administrator's key with the password takes a few seconds…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join request saved. Give the file back to the inviting organization and confirm the code on the phone; this PC's node key fingerprint is &lt;b&gt;%1&lt;/b&gt;. Press Finish: Gongzhi opens and waits for the members to admit this PC, then copies the ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: this PC has no system keychain. The node key is stored in a file in the data folder, protected only by file permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consortium fingerprint: &lt;b&gt;%1&lt;/b&gt; (the inviting PC shows the same; compare it too).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepare this PC and send the join request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PC is prepared; its node key fingerprint is &lt;b&gt;%1&lt;/b&gt; (read it to the inviting administrator).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch the invitation from the inviting PC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 192.168.1.10:7400</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inviting PC's address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the join request to a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the inviting PC's address as IP:port, for example 192.168.1.10:7400 (their Network page shows it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the 8-character code, for example ABCD-EFGH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking %1 for the invitation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The inviting PC has no invitation with this code. Check the code and the address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This invitation has expired (after 7 days). Ask for a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This invitation was already used. Ask for a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The inviting PC received too many wrong codes and refuses requests for a few minutes. Try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The inviting PC refused the request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check the address, and that Gongzhi is running on the inviting PC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered something else than an invitation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer from %1 is not a valid invitation for this code: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitation received from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the join request to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join request delivered to %1. Confirm the code and the fingerprints on the phone, then press Finish: Gongzhi opens and waits for the members to admit this PC, then copies the ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot reach %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered something unexpected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The join request could not be delivered: %1. Send it again, or save it to a file and give it to the inviting organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join request saved to %1. Give the file to the inviting organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the join request: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A member of the consortium gave your organization an invitation code or an invitation file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the inviting PC's address and the code read to you on the phone, or open an invitation file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ShellStatusBar</name>
    <message>
        <source>This PC is the ledger's only member</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Connected to %1 of %n other organizations</source>
        <translation>
            <numerusform>Connected to %1 of %n other organizations</numerusform>
            <numerusform>Connected to %1 of %n other organizations</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes are saved in the ledger</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saving %n changes to the ledger…</source>
        <translation>
            <numerusform>Saving %n changes to the ledger…</numerusform>
            <numerusform>Saving %n changes to the ledger…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes queued: they are sent when most members are reachable</source>
        <translation>
            <numerusform>%n changes queued: they are sent when most members are reachable</numerusform>
            <numerusform>%n changes queued: they are sent when most members are reachable</numerusform>
        </translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (changes made here are kept and wait)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::Sidebar</name>
    <message numerus="yes">
        <source>%1: %n waiting</source>
        <extracomment>Sidebar tooltip: page title and how many items wait</extracomment>
        <translation>
            <numerusform>%1: %n waiting</numerusform>
            <numerusform>%1: %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to Gongzhi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the people of this organization…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list of people could not be read from the ledger: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody of this organization has a signing key on this PC. An administrator can enrol you and create your key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody with that role has a key on this PC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This key has no password (demonstration data): any password signs in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your key could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::StatePreparation</name>
    <message>
        <source>Gongzhi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bringing this PC's records up to date with the ledger…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bringing this PC's records up to date with the ledger: block %1 of %2…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::StatementView</name>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statement.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a resident to see their points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The balance could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Balance &lt;b&gt;%2&lt;/b&gt; points · earned %3 · redeemed %4 · level &lt;b&gt;%5&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statement could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance %1 points · earned %2 · redeemed %3 · level %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed %1 by %2, from the community ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redemptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statement.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::StoreView</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redeem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List or change an item…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store-items.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Redemptions&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redemptions.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List or change a store item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters, digits, - _ . (e.g. rice-5kg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost in points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff changes wait for a secretary's approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The item is not valid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store item %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::TransactionDetailDialog</name>
    <message>
        <source>Transaction %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Valid: signed with this key, unchanged since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ INVALID: the content does not match the signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, position %2 of %3, time %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signer's clock:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sequence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signer's key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export inclusion proof…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a file that proves this transaction is in its block; anyone can check it without the ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save inclusion proof</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making the proof…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::TransactionListModel</name>
    <message>
        <source>✓ valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ INVALID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::TxTypeText</name>
    <message>
        <source>Type %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consortium founded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization admitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node key replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person's key replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role granted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approval granted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approval refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident PIN changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident name consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record amended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity sign-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring handbook proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points reversed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points appealed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points store item listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points redeemed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback forwarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback confirmed by resident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback hidden from public view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback categories set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node removed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::kiosk::ActivitiesScreen</name>
    <message>
        <source>How to sign up: tell the staff at the service hall desk, or call the organizer. Bring your resident card: taking part earns points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Community activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No activities are planned at the moment. Held lately:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 took part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 signed up, no limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No activities yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::kiosk::FeedbackScreen</name>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What would you like to tell us?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An idea to make the community better</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something is wrong or was handled badly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A request for help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You or a neighbour need help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is it about?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please describe it. Do not write ID card or phone numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type with the keyboard below, or tap a common phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The corridor light is broken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is rubbish that has not been cleared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is too noisy at night.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cars are parked in the fire lane.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lift does not work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please repair it soon. Thank you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do you want to give your name?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No, stay anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody will know who wrote it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes, with my resident code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office can contact you about it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave feedback with your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please check, then send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What would you like to tell us? A suggestion, a complaint, or a request for help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback cannot be taken at this kiosk yet: no categories are set up. Please ask the staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tap the one that fits best.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please write a few words first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please remove the phone or ID card number: everyone in the community offices can read this text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is too long. Please make it shorter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With your resident code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sorry, this kiosk cannot send feedback right now. Please ask the staff.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::kiosk::HomeScreen</name>
    <message>
        <source>Welcome! Tap what you would like to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public notices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions, finances, affairs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident code and PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top residents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggestion, complaint, help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track my feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With the receipt number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Community activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is on, how to join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Community self-service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome. You can read public notices, check your points, see the ranking, leave feedback, track your feedback, and see community activities.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::kiosk::KioskText</name>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past the deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passed to the party committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A staff member is handling it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passed to another organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passed on (not this organization's duty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked as solved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hidden from public view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident confirmed it is solved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident said it is not solved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed automatically</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::kiosk::KioskWindow</name>
    <message>
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Community self-service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bigger text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The community network cannot be reached. You are seeing this kiosk's own copy, last updated %1. Feedback you leave is kept here and sent later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::kiosk::NoticesScreen</name>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Party affairs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residents' affairs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◀ Back to the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public notices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no notices of this kind yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Itemised amounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total income %1 · Total expense %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total income %1, total expense %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress: %1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened, step by step</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::kiosk::NumericKeypad</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⌫ Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::kiosk::OnScreenKeyboard</name>
    <message>
        <source>Pinyin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handwriting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⌫ Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write one character in the box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo stroke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handwriting is getting ready…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pinyin is getting ready…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::kiosk::PagedList</name>
    <message>
        <source>◀ Previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next page ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::kiosk::PointsScreen</name>
    <message>
        <source>See your own points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points you can use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History (newest first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No points recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done — hide my points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No star level yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This month: rank %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All time: rank %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not ranked yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earned %1 · Used in the points store %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have %1 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your level is %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::kiosk::RankingScreen</name>
    <message>
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only residents who agreed are listed, and only part of their name is shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No. %1  %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No. %1, %2, %3 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No points recorded in this period yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::kiosk::ReceiptWidget</name>
    <message>
        <source>Thank you! Your receipt number is:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please write this number down or take a photo of the code. With it you can see the answer under "Track my feedback".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued: the community network cannot be reached right now. Your feedback is saved on this kiosk and will be sent automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent. The organization in charge has received it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sorry, it could not be accepted. Please ask the staff for help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your receipt number is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback receipt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::kiosk::ResidentSignIn</name>
    <message>
        <source>Your resident code is on the card the community office gave you. If you forgot your PIN, please ask the staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. Enter your resident code (10 digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2. Enter your PIN (6 digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◀ Change code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This resident code is locked after too many wrong PINs. Please ask the staff to unlock it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Please wait %n second, then try again.</numerusform>
            <numerusform>Please wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>This resident code is now locked after too many wrong PINs. Please ask the staff to unlock it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resident code or the PIN is not right. Please check and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This resident code is locked for a while after too many wrong PINs. Please ask the staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking resident codes is not possible at this kiosk right now. Please ask the staff.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::kiosk::StaffScreen</name>
    <message>
        <source>Back to the kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kiosk settings (staff)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>− 15 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+ 15 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the staff PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No staff PIN is set yet. Choose one (6 to 12 digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many wrong PINs. Try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use at least 6 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the new staff PIN again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two PINs differ. Choose one again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a staff PIN (6 to 12 digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock resident codes locked after wrong PINs (%1 locked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return to the start after %1 s without a touch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt printer: none (tap to choose)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt printer: %1 (tap to change)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::kiosk::TrackingScreen</name>
    <message>
        <source>Enter the receipt number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 8-digit number on the receipt you got when you left your feedback.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track my feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This receipt number is not right. Please check the digits and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No feedback has this receipt number yet. If you left it just now, it may still be on its way: try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look up another</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handled by: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer due by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — late, passed to the party committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hidden from public view. Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you wrote: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replies and steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is your problem solved?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes, it is solved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No, not solved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How satisfied are you with how it was handled?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 Very unhappy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2 Unhappy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 So-so</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4 Happy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5 Very happy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you. Your answer is saved and will be sent when the network is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you. Sending your answer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you. Your answer is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you. Your feedback is open again and will be handled once more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sorry, your answer could not be recorded. Please ask the staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sorry, this kiosk cannot send answers right now. Please ask the staff.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>