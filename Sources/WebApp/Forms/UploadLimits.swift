/// Bounds on what a request may send, so no upload can fill the disk or the memory.
public enum UploadLimits {
    /// A whole request body (all files and fields): several pages of PDF fit.
    public static let requestBytes = 8 * 1024 * 1024
    /// Files in one upload.
    public static let files = 10
    /// A single field's text (a pasted page is the largest).
    public static let fieldBytes = 1024 * 1024
}
