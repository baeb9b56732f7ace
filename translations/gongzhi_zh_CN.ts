<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DataDir</name>
    <message>
        <source>The node&apos;s data directory.</source>
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
        <source>cannot write %1: %2</source>
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
</context>
</TS>
