#ifndef BRIEF_CLEANUP_H
#define BRIEF_CLEANUP_H

#include <sys/types.h>

/// Cleanup on SIGINT, SIGTERM and SIGHUP: a signal handler (async-signal-safe
/// code only) removes the registered temporary files, stops and reaps the
/// registered child processes, and exits with 128 + the signal number
/// (130 for SIGINT, 143 for SIGTERM). Swift closures cannot be signal
/// handlers safely, which is why this is C.

/// Installs the handlers once; later calls do nothing.
void brief_cleanup_install(void);

/// Registers a file to remove if a signal arrives; returns a slot for
/// `brief_cleanup_forget_path`, or -1 when the path is too long or all
/// slots are taken (the file is then simply not cleaned up on a signal).
int brief_cleanup_register_path(const char *path);
void brief_cleanup_forget_path(int slot);

/// Registers a child process to stop (SIGTERM) and reap on a signal.
int brief_cleanup_register_child(pid_t pid);
void brief_cleanup_forget_child(int slot);

/// In a worker started by a parent `brief`: ask the kernel for SIGTERM when
/// that parent dies (even by SIGKILL), and return non-zero when it has
/// already died (its pid is no longer our parent).
int brief_cleanup_follow_parent(pid_t parent);

/// Opens an unnamed regular file in `folder` for writing (Linux O_TMPFILE):
/// it has no name until linked in, so nothing can be left behind. Returns
/// the descriptor, or -1 with errno set (EOPNOTSUPP/EISDIR/EINVAL where the
/// file system lacks it). A C function because O_TMPFILE is a macro.
int brief_open_anonymous(const char *folder, unsigned int mode);

/// Flushes standard output and returns 0 when everything written to it
/// arrived, else the errno of the failure (EIO when only the stream's error
/// flag tells). C because `stdout` is a global Swift 6 may not read.
int brief_stdout_failure(void);

#endif
