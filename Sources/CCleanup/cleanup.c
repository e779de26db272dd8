#define _GNU_SOURCE
#include "cleanup.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

enum { SLOTS = 64 };

/// Fixed storage: the handler must not touch the heap.
static char paths[SLOTS][PATH_MAX];
static atomic_int path_used[SLOTS];
static atomic_int children[SLOTS]; // 0 = free
static atomic_int installed;

static void on_signal(int sig) {
    for (int i = 0; i < SLOTS; i++) {
        if (atomic_load(&path_used[i]) == 1) unlink(paths[i]);
    }
    for (int i = 0; i < SLOTS; i++) {
        pid_t pid = atomic_load(&children[i]);
        if (pid > 0) kill(pid, SIGTERM);
    }
    for (int i = 0; i < SLOTS; i++) {
        pid_t pid = atomic_load(&children[i]);
        if (pid > 0) { int st; while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {} }
    }
    _exit(128 + sig);
}

void brief_cleanup_install(void) {
    int expected = 0;
    if (!atomic_compare_exchange_strong(&installed, &expected, 1)) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigfillset(&sa.sa_mask); // no second signal interrupts the cleanup
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    // A parent may have started us with these signals blocked (a blocked mask
    // is inherited across exec): unblock them, or the handler never runs.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

int brief_cleanup_register_path(const char *path) {
    size_t n = strlen(path);
    if (n >= PATH_MAX) return -1;
    for (int i = 0; i < SLOTS; i++) {
        int expected = 0;
        // Claim the slot with 2 ("being written"), fill it, then publish as 1.
        if (atomic_compare_exchange_strong(&path_used[i], &expected, 2)) {
            memcpy(paths[i], path, n + 1);
            atomic_store(&path_used[i], 1);
            return i;
        }
    }
    return -1;
}

void brief_cleanup_forget_path(int slot) {
    if (slot >= 0 && slot < SLOTS) atomic_store(&path_used[slot], 0);
}

int brief_cleanup_register_child(pid_t pid) {
    for (int i = 0; i < SLOTS; i++) {
        int expected = 0;
        if (atomic_compare_exchange_strong(&children[i], &expected, (int)pid)) return i;
    }
    return -1;
}

void brief_cleanup_forget_child(int slot) {
    if (slot >= 0 && slot < SLOTS) atomic_store(&children[slot], 0);
}

int brief_cleanup_follow_parent(pid_t parent) {
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    return getppid() != parent;
}

int brief_open_anonymous(const char *folder, unsigned int mode) {
    return open(folder, O_TMPFILE | O_WRONLY | O_CLOEXEC, (mode_t)mode);
}

int brief_stdout_failure(void) {
    errno = 0;
    if (fflush(stdout) != 0) return errno ? errno : EIO;
    return ferror(stdout) ? EIO : 0;
}
