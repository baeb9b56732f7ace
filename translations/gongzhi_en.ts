<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClusterInitCommand</name>
    <message>
        <source>Found a consortium of several nodes on this PC (demos, tests, benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many founding organizations (nodes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to create node1 … nodeN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first node&apos;s port on 127.0.0.1; the others follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nodes must be a number from 1 to 50</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start each node with: gongzhi-node --data-dir &lt;directory&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsistencyCommand</name>
    <message>
        <source>Print a proof that the chain extends a head recorded earlier (check it with verify-consistency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the recorded head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash of the recorded head (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prove against this block instead of the current head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-height (a block height) and --from-hash (64 hex digits) are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to-height must be a block height from %1 (the recorded head) to %2 (the current head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain does NOT extend that head: it ends at block %1, below the recorded block %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain does NOT extend that head: block %1 is %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1&apos;s history root does not match the stored block hashes (run gongzhi-cli verify)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>The node&apos;s data directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>Create a data directory holding a realistic demo community (six months of records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator (same seed, same community).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: 1 is about 10,000 transactions and 2,000 residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a number and --scale a number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo community &quot;%1&quot;: %2 transactions in %3 blocks, %4 residents (%5 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing blocks: %1 transactions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write the chain as JSON lines, one block per line, for independent audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First block height to export (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last block height to export (default: the head).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to must be block heights with from &lt;= to &lt;= %1 (the head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export: %1 (run gongzhi-cli verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting: block %1 of %2, %3 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported blocks %1 to %2 with %3 transactions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HasCommand</name>
    <message>
        <source>Check that the local chain holds every transaction id listed in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with one transaction id (hex) per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not a transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 transactions are missing from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 transactions are on the chain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadCommand</name>
    <message>
        <source>Print the height and hash of the local chain&apos;s head.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Found a new consortium with this PC as its first node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the community (the consortium).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this PC&apos;s organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of organization: party_committee, residents_committee, street_office, property_management, social_organization, supervision_committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the party secretary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown organization kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded consortium &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genesis block: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node key fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files of the administrator and the party secretary are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the node listens on for other organizations&apos; nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port the node listens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ledger already exists in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a port number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadCommand</name>
    <message>
        <source>Submit signed test transactions through the running node and measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many transactions to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many to keep in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the id of every committed transaction to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count and --concurrency must be positive numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing %1 transactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node is running for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node answered a request that was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction %1 was not committed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the node for %1 s; giving up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Protect the new key files with the passphrase on the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the key files without a passphrase (demo data only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: key files are written without a passphrase; anyone who can read them can sign in these people&apos;s names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --passphrase-file FILE, set GONGZHI_PASSPHRASE, or pass --no-passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProofCommand</name>
    <message>
        <source>Print a JSON proof that a transaction is in its block (check it with verify-proof).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction id (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tx must be a transaction id of 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProofJson</name>
    <message>
        <source>Hex of a block header you already trust; the proof must be anchored to exactly it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member node&apos;s public key (hex, repeatable); the anchoring block must be proposed by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SHA-256 of the header is not the block hash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not a valid block header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposer&apos;s signature over the header does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header differs from the trusted header given with --header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block was proposed by %1, which is not one of the trusted node keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RebuildStateCommand</name>
    <message>
        <source>Rebuild the governance state from the genesis block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State rebuilt to block %1 in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Show a block or a transaction in readable form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;block N&quot; or &quot;tx ID&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to show: show block N, or show tx ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a block height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Previous hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Proposer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Merkle root: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  History root: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Transactions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Transaction %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transaction id of 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Block: %1, position %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Block hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Block time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload: %1 bytes: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1: %2 (%3), node %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: %1, %2 of %3, key %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residents&apos; committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervision committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (node of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateCommands</name>
    <message>
        <source>the state is at block %1 but the chain ends at %2; run rebuild-state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying block %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateDigestCommand</name>
    <message>
        <source>Print the digest of the governance state (the same on every node at the same height).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show the running node&apos;s role, term, leader, heights and peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the status as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node is running for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node did not answer the status request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate (election in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed height: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied height:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node has halted and no longer serves; see its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer %1 (%2): %3, match index %4, lag %5, last contact %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check every hash link, Merkle root and signature of the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying: block %1 of %2, %3 transactions (%4/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified %1 transactions in %2 s using %3 threads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyConsistencyCommand</name>
    <message>
        <source>Check without the database that a chain head extends a head recorded earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof document (default: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hash of the newer head, as you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require the proof to start at this recorded height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require the proof to start at this recorded hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-height must be a block height, --from-hash and --to-hash 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the proof: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain ending at block %1 (%2) extends block %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is of block %1, not block %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof ends at block hash %1, not at the trusted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof starts at block %1 (%2), not at the recorded head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree_size %1 is not to_height %2: the history tree of block N has N leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recorded block %1 is above block %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1 is %2, not the recorded %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proof between equal heights must have an empty audit path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit path does not lead from block %1&apos;s hash to block %2&apos;s history root: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyProofCommand</name>
    <message>
        <source>Check a transaction&apos;s inclusion proof without the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof document (default: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require the proof to be about this transaction id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tx must be a transaction id of 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the proof: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 is leaf %2 of %3 in block %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is of block %1, not block %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merkle_root is not the Merkle root in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree_size %1 is not the header&apos;s transaction count %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tx is not the SHA-256 of the leaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof is about transaction %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit path does not lead from the leaf to the Merkle root: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leaf is not a valid transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the author&apos;s signature in the leaf does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction belongs to another consortium than the block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: gongzhi-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run gongzhi-cli &lt;command&gt; --help for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs this PC&apos;s Gongzhi ledger node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gongzhi-node: --data-dir DIR is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gongzhi-node: cannot watch for signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gongzhi-node: cannot run a node from the data directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
