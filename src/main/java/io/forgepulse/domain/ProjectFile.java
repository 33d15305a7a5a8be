package io.forgepulse.domain;

/**
 * A file or directory found at HEAD, the evidence behind a maturity leaf.
 *
 * @param bytes the file's size; 0 for a directory
 * @param detail what the kind documents (see {@link FileKind}), or null
 */
public record ProjectFile(FileKind kind, String path, long bytes, String detail) {

    public ProjectFile {
        path = BoundedText.key(path, BoundedText.PATH);
        detail = BoundedText.clipped(detail, BoundedText.FILE_DETAIL);
    }
}
