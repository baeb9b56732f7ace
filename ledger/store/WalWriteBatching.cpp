#include "ledger/store/WalWriteBatching.h"

#include <algorithm>
#include <cstring>
#include <mutex>
#include <new>
#include <sqlite3.h>
#include <vector>

namespace ledger::store {

namespace {

constexpr int FrameHeaderBytes = 24; // SQLite's WAL file format, "WAL Frame Header"
constexpr std::size_t GatherLimit = 1024 * 1024;
constexpr std::size_t WriteChunk = 64 * 1024;

// Our part of a WAL file handle; SQLite allocates szOsFile bytes for it and the
// unix VFS's own handle follows it (realFile()).
struct WalFile {
    sqlite3_file base; // first: SQLite sees a sqlite3_file
    std::vector<char> *gathered; // owned; created in xOpen, deleted in xClose
    sqlite3_int64 gatheredAt; // the file offset of gathered->front()
    bool commitHeaderSeen; // the next write is the page of a commit frame
};

constexpr std::size_t realFileOffset = (sizeof(WalFile) + 15) & ~std::size_t(15);

sqlite3_file *realFile(sqlite3_file *f)
{
    return reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(f) + realFileOffset);
}

WalFile *walFile(sqlite3_file *f)
{
    return reinterpret_cast<WalFile *>(f);
}

sqlite3_vfs *unixVfs(sqlite3_vfs *ours)
{
    return static_cast<sqlite3_vfs *>(ours->pAppData);
}

int flush(sqlite3_file *f)
{
    WalFile *w = walFile(f);
    if (w->gathered->empty())
        return SQLITE_OK;
    sqlite3_file *real = realFile(f);
    int rc = SQLITE_OK;
    // The unix VFS writes at most 128 KiB - 1 bytes per call (it masks the length).
    for (std::size_t done = 0; done < w->gathered->size() && rc == SQLITE_OK;) {
        const std::size_t n = std::min(w->gathered->size() - done, WriteChunk);
        rc = real->pMethods->xWrite(real, w->gathered->data() + done, int(n),
                                    w->gatheredAt + sqlite3_int64(done));
        done += n;
    }
    // On failure SQLite fails the transaction (or the statement) that caused the
    // flush; frames beyond the last commit are never read, so dropping them is safe.
    w->gathered->clear();
    w->commitHeaderSeen = false;
    return rc;
}

int walClose(sqlite3_file *f)
{
    WalFile *w = walFile(f);
    const int flushed = flush(f);
    sqlite3_file *real = realFile(f);
    const int closed = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    delete w->gathered;
    w->gathered = nullptr;
    return flushed != SQLITE_OK ? flushed : closed;
}

int walRead(sqlite3_file *f, void *out, int amount, sqlite3_int64 offset)
{
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    sqlite3_file *real = realFile(f);
    return real->pMethods->xRead(real, out, amount, offset);
}

bool isCommitFrameHeader(const void *data, int amount)
{
    if (amount != FrameHeaderBytes)
        return false;
    const auto *b = static_cast<const unsigned char *>(data);
    return (b[4] | b[5] | b[6] | b[7]) != 0; // "for commit records, the size of the database"
}

int walWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    WalFile *w = walFile(f);
    std::vector<char> &g = *w->gathered;
    const bool continues = offset == w->gatheredAt + sqlite3_int64(g.size());
    const bool large = std::size_t(amount) > WriteChunk; // larger than any WAL frame part
    if (!g.empty() && (!continues || large || g.size() + std::size_t(amount) > GatherLimit)) {
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
    }
    if (large) {
        sqlite3_file *real = realFile(f);
        return real->pMethods->xWrite(real, data, amount, offset);
    }
    if (g.empty())
        w->gatheredAt = offset;
    const auto *bytes = static_cast<const char *>(data);
    g.insert(g.end(), bytes, bytes + amount);
    if (w->commitHeaderSeen)
        return flush(f); // the commit frame's page: the transaction is complete
    w->commitHeaderSeen = isCommitFrameHeader(data, amount);
    return SQLITE_OK;
}

int walTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    sqlite3_file *real = realFile(f);
    return real->pMethods->xTruncate(real, size);
}

int walSync(sqlite3_file *f, int flags)
{
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    sqlite3_file *real = realFile(f);
    return real->pMethods->xSync(real, flags);
}

int walFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    sqlite3_file *real = realFile(f);
    return real->pMethods->xFileSize(real, size);
}

int walLock(sqlite3_file *f, int level)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xLock(real, level);
}

int walUnlock(sqlite3_file *f, int level)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xUnlock(real, level);
}

int walCheckReservedLock(sqlite3_file *f, int *out)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xCheckReservedLock(real, out);
}

int walFileControl(sqlite3_file *f, int op, void *arg)
{
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    sqlite3_file *real = realFile(f);
    return real->pMethods->xFileControl(real, op, arg);
}

int walSectorSize(sqlite3_file *f)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xSectorSize(real);
}

int walDeviceCharacteristics(sqlite3_file *f)
{
    sqlite3_file *real = realFile(f);
    return real->pMethods->xDeviceCharacteristics(real);
}

// A WAL file has no shared memory and no memory map of its own (those belong to
// the database file), so version 1 of the methods is all SQLite may call.
const sqlite3_io_methods walMethods = {
    1,
    walClose,
    walRead,
    walWrite,
    walTruncate,
    walSync,
    walFileSize,
    walLock,
    walUnlock,
    walCheckReservedLock,
    walFileControl,
    walSectorSize,
    walDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

int vfsOpen(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    sqlite3_vfs *unix = unixVfs(vfs);
    if (!(flags & SQLITE_OPEN_WAL)) // the unix VFS's handle, in place: no layer at all
        return unix->xOpen(unix, name, file, flags, outFlags);
    WalFile *w = walFile(file);
    w->base.pMethods = nullptr;
    sqlite3_file *real = realFile(file);
    real->pMethods = nullptr;
    const int rc = unix->xOpen(unix, name, real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (real->pMethods) // the unix VFS expects xClose even after a failed xOpen
            real->pMethods->xClose(real);
        return rc;
    }
    w->gathered = new (std::nothrow) std::vector<char>();
    if (!w->gathered) {
        real->pMethods->xClose(real);
        return SQLITE_NOMEM;
    }
    w->gatheredAt = 0;
    w->commitHeaderSeen = false;
    w->base.pMethods = &walMethods;
    return SQLITE_OK;
}

// Everything else is the unix VFS's, called with its own sqlite3_vfs (it keeps
// its locking-style finder in pAppData).
int vfsDelete(sqlite3_vfs *v, const char *name, int syncDir)
{
    return unixVfs(v)->xDelete(unixVfs(v), name, syncDir);
}
int vfsAccess(sqlite3_vfs *v, const char *name, int flags, int *out)
{
    return unixVfs(v)->xAccess(unixVfs(v), name, flags, out);
}
int vfsFullPathname(sqlite3_vfs *v, const char *name, int n, char *out)
{
    return unixVfs(v)->xFullPathname(unixVfs(v), name, n, out);
}
void *vfsDlOpen(sqlite3_vfs *v, const char *name)
{
    return unixVfs(v)->xDlOpen(unixVfs(v), name);
}
void vfsDlError(sqlite3_vfs *v, int n, char *out)
{
    unixVfs(v)->xDlError(unixVfs(v), n, out);
}
void (*vfsDlSym(sqlite3_vfs *v, void *handle, const char *symbol))(void)
{
    return unixVfs(v)->xDlSym(unixVfs(v), handle, symbol);
}
void vfsDlClose(sqlite3_vfs *v, void *handle)
{
    unixVfs(v)->xDlClose(unixVfs(v), handle);
}
int vfsRandomness(sqlite3_vfs *v, int n, char *out)
{
    return unixVfs(v)->xRandomness(unixVfs(v), n, out);
}
int vfsSleep(sqlite3_vfs *v, int micros)
{
    return unixVfs(v)->xSleep(unixVfs(v), micros);
}
int vfsCurrentTime(sqlite3_vfs *v, double *out)
{
    return unixVfs(v)->xCurrentTime(unixVfs(v), out);
}
int vfsGetLastError(sqlite3_vfs *v, int n, char *out)
{
    return unixVfs(v)->xGetLastError ? unixVfs(v)->xGetLastError(unixVfs(v), n, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs *v, sqlite3_int64 *out)
{
    return unixVfs(v)->xCurrentTimeInt64(unixVfs(v), out);
}

sqlite3_vfs batchingVfs;

bool install()
{
    sqlite3_vfs *unix = sqlite3_vfs_find(nullptr);
    if (!unix || unix->iVersion < 2 || !unix->xCurrentTimeInt64)
        return false;
    sqlite3_vfs &v = batchingVfs;
    std::memset(&v, 0, sizeof v);
    v.iVersion = 2;
    v.szOsFile = int(realFileOffset) + unix->szOsFile;
    v.mxPathname = unix->mxPathname;
    v.zName = "gongzhi-wal-batching";
    v.pAppData = unix;
    v.xOpen = vfsOpen;
    v.xDelete = vfsDelete;
    v.xAccess = vfsAccess;
    v.xFullPathname = vfsFullPathname;
    v.xDlOpen = vfsDlOpen;
    v.xDlError = vfsDlError;
    v.xDlSym = vfsDlSym;
    v.xDlClose = vfsDlClose;
    v.xRandomness = vfsRandomness;
    v.xSleep = vfsSleep;
    v.xCurrentTime = vfsCurrentTime;
    v.xGetLastError = vfsGetLastError;
    v.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    return sqlite3_vfs_register(&v, 1) == SQLITE_OK;
}

} // namespace

bool installWalWriteBatching()
{
    static std::once_flag once;
    static bool installed = false;
    std::call_once(once, [] { installed = install(); });
    return installed;
}

} // namespace ledger::store
