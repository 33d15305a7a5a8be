package io.forgepulse.forge.git;

/**
 * Adds up {@code --numstat} lines ({@code added<TAB>deleted<TAB>path}, {@code -} for a binary file, which counts as
 * no lines) of one commit.
 */
final class LineTally {

    private int files;
    private int added;
    private int deleted;

    /** Counts the line when it is a numstat line; returns whether it was one. */
    boolean line(String line) {
        int firstTab = line.indexOf('\t');
        int secondTab = firstTab < 0 ? -1 : line.indexOf('\t', firstTab + 1);
        if (secondTab < 0) {
            return false;
        }
        files++;
        added += count(line, 0, firstTab);
        deleted += count(line, firstTab + 1, secondTab);
        return true;
    }

    int files() {
        return files;
    }

    int added() {
        return added;
    }

    int deleted() {
        return deleted;
    }

    private static int count(String line, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
