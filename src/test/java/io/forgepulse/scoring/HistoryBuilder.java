package io.forgepulse.scoring;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.AuthorRelation;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.OwnerType;
import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectFile;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.domain.Release;
import io.forgepulse.domain.Review;
import io.forgepulse.domain.Signature;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link ProjectHistory} values for tests; every instant is relative to the fixed {@link #NOW}. */
final class HistoryBuilder {

    static final Instant NOW = Instant.parse("2026-06-30T00:00:00Z");

    private final ProjectId id;
    private boolean forgeEvents;
    private boolean snapshot = true;
    private Integer stars;
    private Integer forks;
    private Boolean archived;
    private OffsetDateTime createdAt;
    private OwnerType ownerType;
    private String owner;
    private String licenseSpdx;
    private final List<ProjectFile> files = new ArrayList<>();
    private final List<AttributedCommit> commits = new ArrayList<>();
    private final List<Release> releases = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();
    private final List<ChangeRequest> changeRequests = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();
    private int sha;

    private HistoryBuilder(ProjectId id, boolean forgeEvents, OwnerType ownerType, String owner) {
        this.id = id;
        this.forgeEvents = forgeEvents;
        this.ownerType = ownerType;
        this.owner = owner;
    }

    /** A GitHub project owned by the organization "acme". */
    static HistoryBuilder github() {
        return new HistoryBuilder(ProjectId.parse("github:acme/widget"), true, OwnerType.ORGANIZATION, "acme");
    }

    /** A plain git repository: no forge events, owner unknown. */
    static HistoryBuilder git() {
        return new HistoryBuilder(ProjectId.parse("git:widget"), false, OwnerType.UNKNOWN, null);
    }

    /** A person whose key and login are {@code key}, e-mail at the organization's domain or gmail when unaffiliated. */
    static Person person(String key, String organization) {
        String domain = organization == null ? "gmail.com" : organization + ".example";
        return new Person(key, key, organization, false, List.of(key + "@" + domain), List.of(key));
    }

    static Person bot(String key) {
        return new Person(key, key, null, true, List.of(key + "@bots.example"), List.of(key));
    }

    static Instant daysAgo(double days) {
        return NOW.minus(Duration.ofMillis(Math.round(days * 86_400_000)));
    }

    static OffsetDateTime at(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    // --- snapshot

    HistoryBuilder noSnapshot() {
        snapshot = false;
        return this;
    }

    HistoryBuilder stars(Integer stars, Integer forks) {
        this.stars = stars;
        this.forks = forks;
        return this;
    }

    HistoryBuilder archived(Boolean archived) {
        this.archived = archived;
        return this;
    }

    HistoryBuilder createdAt(Instant t) {
        this.createdAt = at(t);
        return this;
    }

    HistoryBuilder owner(OwnerType type, String owner) {
        this.ownerType = type;
        this.owner = owner;
        return this;
    }

    HistoryBuilder licenseSpdx(String spdx) {
        this.licenseSpdx = spdx;
        return this;
    }

    HistoryBuilder file(FileKind kind, String path) {
        return file(kind, path, 100, null);
    }

    HistoryBuilder file(FileKind kind, String path, long bytes, String detail) {
        files.add(new ProjectFile(kind, path, bytes, detail));
        return this;
    }

    // --- events

    HistoryBuilder commit(Person author, Instant when) {
        return commit(author, when, 1, 10, 2, List.of(), false);
    }

    HistoryBuilder commits(Person author, int n, Instant when) {
        for (int i = 0; i < n; i++) {
            commit(author, when);
        }
        return this;
    }

    HistoryBuilder commit(Person author, Instant when, int files, int added, int deleted, List<String> signedOffBy, boolean signed) {
        Signature sig = new Signature(author.name(), author.emails().get(0), at(when));
        commits.add(new AttributedCommit(new Commit(String.format("%040x", ++sha), sig, sig, files, added, deleted, signedOffBy, signed), author));
        return this;
    }

    /** A commit whose author date carries a non-UTC offset, to check buckets use UTC. */
    HistoryBuilder commitWithOffset(Person author, OffsetDateTime when) {
        Signature sig = new Signature(author.name(), author.emails().get(0), when);
        commits.add(new AttributedCommit(new Commit(String.format("%040x", ++sha), sig, sig, 1, 1, 0, List.of(), false), author));
        return this;
    }

    HistoryBuilder release(String tag, Instant when) {
        return release(tag, when, false, false);
    }

    HistoryBuilder release(String tag, Instant when, boolean signed, boolean notes) {
        releases.add(new Release(tag, at(when), true, signed, notes));
        return this;
    }

    HistoryBuilder issue(String key, String author, Instant created, Instant updated, Instant closed, Instant firstResponse) {
        issues.add(new Issue(key, author, false, AuthorRelation.NONE, at(created), at(updated), at(closed), at(firstResponse)));
        return this;
    }

    HistoryBuilder botIssue(String key, String author, Instant created) {
        issues.add(new Issue(key, author, true, AuthorRelation.NONE, at(created), at(created), null, null));
        return this;
    }

    HistoryBuilder pr(String key, String author, String association, Instant created, Instant closed, Instant merged,
                      String mergedBy, boolean reviewedByOther) {
        changeRequests.add(new ChangeRequest(key, author, false, AuthorRelation.of(association), at(created), at(closed != null ? closed : created),
                at(closed), at(merged), mergedBy, null, reviewedByOther));
        return this;
    }

    HistoryBuilder botPr(String key, String author, Instant created, Instant merged) {
        changeRequests.add(new ChangeRequest(key, author, true, AuthorRelation.NONE, at(created), at(created), at(merged), at(merged), "alice", null, false));
        return this;
    }

    /** A comment; a review comment is on a change request, a conversation comment on an issue. */
    HistoryBuilder comment(String key, String parent, String author, Instant at, boolean review) {
        comments.add(new Comment(key, review ? ItemKind.CHANGE_REQUEST : ItemKind.ISSUE, parent, author, false, at(at),
                review));
        return this;
    }

    HistoryBuilder review(String key, String pr, String author, Instant at) {
        reviews.add(new Review(key, pr, author, false, at(at), "APPROVED"));
        return this;
    }

    ProjectHistory build() {
        ProjectSnapshot s = snapshot ? new ProjectSnapshot(NOW, "main", "abc", stars, forks, null, null, archived, createdAt,
                ownerType, owner, licenseSpdx, List.of(), files) : null;
        return new ProjectHistory(id, s, commits, releases, issues, changeRequests, comments, reviews, forgeEvents);
    }

    /** The shared derived view the package's classes read, at {@link #NOW} with the default rules. */
    Facts facts() {
        return new Facts(build(), NOW, ScoringRules.defaults());
    }

    Facts facts(ScoringRules rules) {
        return new Facts(build(), NOW, rules);
    }
}
