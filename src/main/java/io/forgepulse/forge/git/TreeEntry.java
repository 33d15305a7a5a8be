package io.forgepulse.forge.git;

import java.util.Locale;

/**
 * One line of {@code git ls-tree -r -t -l}: a file (blob), a directory (tree) or a submodule (commit) at HEAD.
 *
 * @param size the blob's size in bytes; 0 for trees and submodules
 */
record TreeEntry(String type, String oid, long size, String path) {

    /** The size of a blob a partial clone does not hold (listed without {@code -l}). */
    static final long UNKNOWN_SIZE = -1;

    boolean isFile() {
        return type.equals("blob");
    }

    boolean isDirectory() {
        return type.equals("tree");
    }

    /** The last path segment, lower-cased (forges match these names case-insensitively). */
    String name() {
        int slash = path.lastIndexOf('/');
        return path.substring(slash + 1).toLowerCase(Locale.ROOT);
    }

    /** The directory holding this entry, lower-cased; "" at the top level. */
    String parent() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash).toLowerCase(Locale.ROOT);
    }

    int depth() {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }
}
