#include "killpoints.h"

#include <atomic>
#include <csignal>

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace {

std::atomic<long> g_operations{0};
std::atomic<long> g_syncs{0};
std::atomic<long> g_killAt{0};

// The C library's own function of that name: the next definition after this program's.
template <typename F>
F real(const char *name)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

void beforeChange()
{
    const long n = g_operations.load() + 1;
    if (n == g_killAt.load())
        ::kill(::getpid(), SIGKILL); // no destructors, no flush: as a crash or kill -9
    g_operations.store(n);
}

// Writes to pipes and terminals (the driver's "committed N" lines) change no file.
bool isRegularFile(int fd)
{
    struct stat info;
    return ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
}

} // namespace

namespace leerpad::killpoints {

void killBefore(long n)
{
    g_killAt.store(n);
}

long operations()
{
    return g_operations.load();
}

long syncs()
{
    return g_syncs.load();
}

} // namespace leerpad::killpoints

// The interposed calls. Signatures as glibc declares them.
extern "C" {

ssize_t write(int fd, const void *buffer, size_t count)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t)>("write");
    if (isRegularFile(fd))
        beforeChange();
    return next(fd, buffer, count);
}

ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    if (isRegularFile(fd))
        beforeChange();
    return next(fd, buffer, count, offset);
}

ssize_t pwrite64(int fd, const void *buffer, size_t count, off64_t offset)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    if (isRegularFile(fd))
        beforeChange();
    return next(fd, buffer, count, offset);
}

int fsync(int fd)
{
    static const auto next = real<int (*)(int)>("fsync");
    beforeChange();
    ++g_syncs;
    return next(fd);
}

int fdatasync(int fd)
{
    static const auto next = real<int (*)(int)>("fdatasync");
    beforeChange();
    ++g_syncs;
    return next(fd);
}

int ftruncate(int fd, off_t length) noexcept
{
    static const auto next = real<int (*)(int, off_t)>("ftruncate");
    beforeChange();
    return next(fd, length);
}

int ftruncate64(int fd, off64_t length) noexcept
{
    static const auto next = real<int (*)(int, off64_t)>("ftruncate64");
    beforeChange();
    return next(fd, length);
}

int rename(const char *from, const char *to) noexcept
{
    static const auto next = real<int (*)(const char *, const char *)>("rename");
    beforeChange();
    return next(from, to);
}

int renameat(int fromDir, const char *from, int toDir, const char *to) noexcept
{
    static const auto next = real<int (*)(int, const char *, int, const char *)>("renameat");
    beforeChange();
    return next(fromDir, from, toDir, to);
}

int renameat2(int fromDir, const char *from, int toDir, const char *to, unsigned int flags) noexcept
{
    static const auto next =
        real<int (*)(int, const char *, int, const char *, unsigned int)>("renameat2");
    beforeChange();
    return next(fromDir, from, toDir, to, flags);
}

int link(const char *from, const char *to) noexcept
{
    static const auto next = real<int (*)(const char *, const char *)>("link");
    beforeChange();
    return next(from, to);
}

int linkat(int fromDir, const char *from, int toDir, const char *to, int flags) noexcept
{
    static const auto next = real<int (*)(int, const char *, int, const char *, int)>("linkat");
    beforeChange();
    return next(fromDir, from, toDir, to, flags);
}

int unlink(const char *path) noexcept
{
    static const auto next = real<int (*)(const char *)>("unlink");
    beforeChange();
    return next(path);
}

int unlinkat(int dir, const char *path, int flags) noexcept
{
    static const auto next = real<int (*)(int, const char *, int)>("unlinkat");
    beforeChange();
    return next(dir, path, flags);
}

int mkdir(const char *path, mode_t mode) noexcept
{
    static const auto next = real<int (*)(const char *, mode_t)>("mkdir");
    beforeChange();
    return next(path, mode);
}

} // extern "C"
