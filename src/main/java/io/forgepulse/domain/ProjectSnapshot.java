package io.forgepulse.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What a project looks like at one harvest: forge metadata (null where the forge has none, as for plain git)
 * and the files the maturity leaves need.
 *
 * @param licenseSpdx the forge's license, or for plain git the SPDX id detected in the top-level LICENSE
 */
public record ProjectSnapshot(
        Instant takenAt,
        String defaultBranch,
        String headSha,
        Integer stars,
        Integer forks,
        Integer watchers,
        Integer openIssues,
        Boolean archived,
        OffsetDateTime createdAt,
        OwnerType ownerType,
        String owner,
        String licenseSpdx,
        List<String> topics,
        List<ProjectFile> files) {

    public ProjectSnapshot {
        defaultBranch = BoundedText.clipped(defaultBranch, BoundedText.BRANCH);
        headSha = BoundedText.key(headSha, BoundedText.EVENT_KEY);
        owner = BoundedText.clipped(owner, BoundedText.OWNER);
        licenseSpdx = BoundedText.clipped(licenseSpdx, BoundedText.LICENSE);
        topics = BoundedText.joinable(List.copyOf(topics), BoundedText.LIST);
        files = List.copyOf(files);
    }

    /** The files of one kind, in the order found. */
    public List<ProjectFile> files(FileKind kind) {
        return files.stream().filter(f -> f.kind() == kind).toList();
    }

    public Optional<ProjectFile> first(FileKind kind) {
        return files.stream().filter(f -> f.kind() == kind).findFirst();
    }
}
