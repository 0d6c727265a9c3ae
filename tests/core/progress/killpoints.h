#pragma once

// Kill points for the kill-test driver. Linked into store_driver (which exports its
// symbols), this file's definitions of the C library's file-changing calls -- write and
// pwrite on regular files, fsync, fdatasync, ftruncate, rename, link, unlink, mkdir --
// take the place of the C library's for every library in the process, SQLite and Qt
// included; each counts the call and passes it on. So the driver can tell how many
// times the store synced the disk, and can SIGKILL itself just before the n-th
// file-changing call: a seeded, reproducible kill at any point of opening, migrating,
// reconciling or recovering, which no timer can hit reliably (they take milliseconds).
//
// A SIGKILL between two system calls leaves exactly the files a kill at that moment
// leaves; killing before each call in turn reaches every state a kill can leave
// (short of losing power, which no process test can do).

namespace leerpad::killpoints {

// SIGKILL just before the n-th file-changing call counted from process start (n >= 1);
// 0 disarms.
void killBefore(long n);
// File-changing calls so far (the ones that were carried out).
long operations();
// fsync and fdatasync calls so far.
long syncs();

} // namespace leerpad::killpoints
