#pragma once

namespace ledger::store {

// Makes every SQLite connection of this process write each transaction's
// write-ahead-log frames with one system call instead of two per page (issue 5).
//
// SQLite writes a WAL frame as two pwrite()s, its 24-byte header and then the
// page. A block dirties ~100 pages over raft.db and ledger.db, so a node made
// ~200 pwrite()s per block; in the virtual machines office PCs and CI run in a
// system call costs far more than the copy it does, and these were a fifth of
// the node thread's time. This installs, as the default VFS, a thin layer over
// SQLite's own "unix" VFS that gathers consecutive writes to a WAL file in
// memory and writes them with one pwrite():
// - when the transaction's commit frame is complete (its header says so: the
//   "database size after commit" field is non-zero only in a commit frame), so a
//   commit is on its way to the disk before SQLite publishes it to readers, and a
//   failed write fails the commit exactly as before;
// - before anything that reads, syncs, truncates or measures the file, before a
//   write elsewhere in it, and when 1 MiB is gathered (a long transaction whose
//   pages spill before its commit).
// Every other file, and every other operation, goes straight to the unix VFS.
// The bytes that reach the file, and their order, are exactly SQLite's.
//
// Call before the process opens its first connection; later calls do nothing.
// Safe from any thread. Returns false (and changes nothing) if SQLite has no
// default VFS to wrap.
bool installWalWriteBatching();

} // namespace ledger::store
