import CMalloc

/// The process's memory between long stages of work.
public enum ProcessMemory {
    /// Hands the pages of freed memory back to the system. glibc's malloc
    /// keeps what is freed for reuse, so memory freed before a long stage
    /// (a corpus let go before the layout of a long brief) would otherwise
    /// still count against the process while that stage grows elsewhere.
    public static func releaseFreed() { _ = malloc_trim(0) }
}
