package io.forgepulse.forge.git;

import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.OwnerType;
import io.forgepulse.domain.ProjectFile;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.forge.ForgeException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a plain repository shows at HEAD (or at a past commit): its branch and commit, and the files the
 * maturity leaves look for. The tree is listed once, the few texts that need reading (license, contributing, security) come
 * through one {@code cat-file --batch}, and only docs directories cost one {@code git log} each.
 */
final class SnapshotReader {

    /** Enough evidence per kind; a vendored tree must not turn a snapshot into thousands of rows. */
    private static final int KEPT_PER_KIND = 20;
    private static final int KEPT_TEST_DIRS = 5;
    private static final Set<FileKind> READ_TEXT = Set.of(FileKind.LICENSE, FileKind.CONTRIBUTING, FileKind.SECURITY);
    /** Shallow first, then the plainest name (LICENSE before LICENSE-MIT, README.md before README.zh-CN.md). */
    private static final Comparator<TreeEntry> PROMINENCE = Comparator.comparingInt(TreeEntry::depth)
            .thenComparingInt(e -> e.path().length())
            .thenComparing(TreeEntry::path);

    private final GitProcess git;
    private final Clock clock;

    SnapshotReader(GitProcess git, Clock clock) {
        this.git = git;
        this.clock = clock;
    }

    ProjectSnapshot read() throws ForgeException {
        Instant takenAt = clock.instant();
        String branch = git.probe("symbolic-ref", "-q", "--short", "HEAD").orElse(null);
        Optional<String> head = git.probe("rev-parse", "--verify", "-q", "HEAD^{commit}");
        if (head.isEmpty()) {
            return snapshot(takenAt, branch, null, null, List.of());
        }
        return read(head.get(), takenAt, branch);
    }

    /** What the tree of {@code commit} shows, as a snapshot taken at {@code takenAt} on {@code branch}. */
    ProjectSnapshot read(String commit, Instant takenAt, String branch) throws ForgeException {
        Optional<String> head = Optional.of(commit);
        Map<FileKind, List<TreeEntry>> found = select(new TreeListing(git)
                .entries(head.get(), entry -> FileClassifier.classify(entry) != null));
        Map<String, String> texts = new BlobReader(git).read(found.entrySet().stream()
                .filter(e -> READ_TEXT.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream())
                .map(TreeEntry::oid)
                .toList());
        List<ProjectFile> files = new ArrayList<>();
        String license = null;
        for (Map.Entry<FileKind, List<TreeEntry>> kind : found.entrySet()) {
            for (TreeEntry entry : kind.getValue()) {
                String detail = detail(kind.getKey(), entry, texts, head.get());
                files.add(new ProjectFile(kind.getKey(), entry.path(), entry.isFile() ? entry.size() : 0, detail));
                if (kind.getKey() == FileKind.LICENSE && license == null && entry.depth() == 0) {
                    license = detail;
                }
            }
        }
        return snapshot(takenAt, branch, head.get(), license, files);
    }

    private static ProjectSnapshot snapshot(Instant takenAt, String branch, String head, String license,
            List<ProjectFile> files) {
        return new ProjectSnapshot(takenAt, branch, head, null, null, null, null, null, null,
                OwnerType.UNKNOWN, null, license, List.of(), files);
    }

    /** Groups the classified entries by kind (in the enum's order), most prominent first, capped. */
    private static Map<FileKind, List<TreeEntry>> select(List<TreeEntry> entries) {
        Map<FileKind, List<TreeEntry>> byKind = new EnumMap<>(FileKind.class);
        for (TreeEntry entry : entries) {
            byKind.computeIfAbsent(FileClassifier.classify(entry), k -> new ArrayList<>()).add(entry);
        }
        byKind.replaceAll((kind, list) -> {
            List<TreeEntry> sorted = list.stream().sorted(PROMINENCE).toList();
            return kind == FileKind.TEST_DIR ? outermost(sorted) : sorted.stream().limit(KEPT_PER_KIND).toList();
        });
        return byKind;
    }

    /** Test directories without the ones nested in another (src/test, not also src/test/resources/test). */
    private static List<TreeEntry> outermost(List<TreeEntry> shallowFirst) {
        List<TreeEntry> kept = new ArrayList<>();
        for (TreeEntry entry : shallowFirst) {
            if (kept.size() == KEPT_TEST_DIRS) {
                break;
            }
            if (kept.stream().noneMatch(outer -> entry.path().startsWith(outer.path() + "/"))) {
                kept.add(entry);
            }
        }
        return kept;
    }

    private String detail(FileKind kind, TreeEntry entry, Map<String, String> texts, String head) throws ForgeException {
        return switch (kind) {
            case LICENSE -> LicenseText.spdx(texts.get(entry.oid()));
            case CONTRIBUTING -> ContributingText.detail(texts.get(entry.oid()));
            case SECURITY -> SecurityText.detail(texts.get(entry.oid()));
            case DOCS_DIR -> lastChange(entry, head);
            default -> null;
        };
    }

    /** When the docs were last touched: stale docs are a maturity signal. */
    private String lastChange(TreeEntry directory, String head) throws ForgeException {
        String seconds = git.text("log", "-1", "--format=%ct", "--no-show-signature", head, "--",
                ":(literal)" + directory.path());
        return seconds.isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(seconds)).toString();
    }
}
