package io.forgepulse.scoring;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.HistoryFacts;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.domain.Release;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One project's history seen from one instant: the windows of the model and the views every score shares
 * (human commits, releases so far), computed once per score card.
 *
 * <p>Scores ignore what bots did: bot commits, issues, change requests, comments and reviews are left out
 * before any score sees them, so a repository kept busy by dependabot does not look maintained.
 */
final class Facts {

    static final int RECENT_DAYS = 90;
    static final int YEAR_DAYS = 365;

    final ProjectHistory history;
    final ProjectSnapshot snapshot;
    final Instant now;
    final ScoringRules rules;
    final People people;
    /** The last 90 days, "this quarter". */
    final Window recent;
    /** The last 365 days. */
    final Window year;
    /** 180 to 90 days ago, the quarter before {@link #recent}. */
    final Window previousQuarter;
    /** Non-bot commits with a known author date, oldest first. */
    final List<AttributedCommit> humanCommits;
    /**
     * Their author dates, in the same order: windows are cut from it by binary search, and each date is converted
     * once, not once per comparison and window (a month-end pass scores one history at hundreds of instants).
     */
    private final Instant[] humanTimes;
    /**
     * Releases published up to now, oldest first (ties by tag): a forge's releases, or a plain repository's
     * version-like tags; pre-releases never count.
     */
    final List<Release> releases;
    /** Tags and releases published up to now that do not count: pre-releases, and for plain git non-version tags. */
    final List<Release> notCounted;
    final List<Issue> humanIssues;
    final List<ChangeRequest> humanChangeRequests;
    /** The whole history's facts when {@link #history} holds only the windows' events, else null (computed here). */
    private final HistoryFacts whole;

    Facts(ProjectHistory history, Instant now, ScoringRules rules) {
        this(history, null, now, rules);
    }

    Facts(ProjectHistory history, HistoryFacts whole, Instant now, ScoringRules rules) {
        this.history = history;
        this.whole = whole;
        this.snapshot = history.snapshot();
        this.now = now;
        this.rules = rules;
        this.people = whole == null ? new People(history.commits()) : new People(whole.commitAuthors());
        this.recent = Window.daysBefore(now, RECENT_DAYS);
        this.year = Window.daysBefore(now, YEAR_DAYS);
        this.previousQuarter = Window.daysBefore(recent.start(), RECENT_DAYS);
        List<Dated> dated = history.commits().stream()
                .filter(c -> c.author() != null && !people.isBot(c.author()))
                .map(c -> new Dated(authored(c.commit()), c)).filter(d -> d.at() != null)
                .sorted(Comparator.comparing(Dated::at).thenComparing(d -> d.commit().commit().sha(),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        this.humanCommits = dated.stream().map(Dated::commit).toList();
        this.humanTimes = dated.stream().map(Dated::at).toArray(Instant[]::new);
        List<Release> published = history.releases().stream()
                .filter(r -> r.publishedAt() != null && !r.publishedAt().toInstant().isAfter(now))
                .sorted(Comparator.comparing((Release r) -> r.publishedAt().toInstant()).thenComparing(Release::tag, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        this.releases = published.stream().filter(r -> counts(r, history.forgeEvents())).toList();
        this.notCounted = published.stream().filter(r -> !counts(r, history.forgeEvents())).toList();
        this.humanIssues = history.issues().stream().filter(i -> !people.isBot(i.author(), i.authorIsBot())).toList();
        this.humanChangeRequests = history.changeRequests().stream()
                .filter(cr -> !people.isBot(cr.author(), cr.authorIsBot())).toList();
    }

    /**
     * Whether a release counts: never a pre-release (rc, alpha, beta, milestone, snapshot, cr, ...); from a forge
     * any other release (its name need not be a version); from plain git only a version-like tag.
     */
    static boolean counts(Release r, boolean forgeReleases) {
        Optional<Version> version = Version.parse(r.tag());
        if (version.isPresent()) {
            return !version.get().preRelease();
        }
        return forgeReleases;
    }

    /** A commit's instant: its author date (the committer date only when the author line has none). */
    static Instant authored(Commit c) {
        if (c.author() != null && c.author().when() != null) {
            return c.author().when().toInstant();
        }
        return c.committer() != null && c.committer().when() != null ? c.committer().when().toInstant() : null;
    }

    static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    /** Whether anything at all was harvested; without it, event-based scores are "no data", not zero. */
    boolean hasEvents() {
        if (whole != null) {
            return whole.anyEvents();
        }
        ProjectHistory h = history;
        return !h.commits().isEmpty() || !h.releases().isEmpty() || !h.issues().isEmpty()
                || !h.changeRequests().isEmpty() || !h.comments().isEmpty() || !h.reviews().isEmpty();
    }

    boolean hasCommits() {
        if (whole != null) {
            return whole.anyHumanCommit();
        }
        return !humanCommits.isEmpty();
    }

    List<AttributedCommit> humanCommitsIn(Window w) {
        int from = firstAtOrAfter(w.start());
        return humanCommits.subList(from, Math.max(from, firstAtOrAfter(w.end())));
    }

    /** The index of the first human commit authored at or after {@code t} (the size when there is none). */
    private int firstAtOrAfter(Instant t) {
        int low = 0;
        int high = humanTimes.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (humanTimes[mid].isBefore(t)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private record Dated(Instant at, AttributedCommit commit) {
    }

    /** Commits per person key in a window, keys sorted so that ties resolve the same way every time. */
    Map<String, Long> commitsPerPerson(Window w) {
        Map<String, Long> counts = new TreeMap<>();
        for (AttributedCommit c : humanCommitsIn(w)) {
            counts.merge(c.author().key(), 1L, Long::sum);
        }
        return counts;
    }

    List<Release> releasesIn(Window w) {
        return releases.stream().filter(r -> w.contains(r.publishedAt())).toList();
    }

    /** The last {@code n} releases, newest first. */
    List<Release> lastReleases(int n) {
        List<Release> last = new ArrayList<>(releases.subList(Math.max(0, releases.size() - n), releases.size()));
        Collections.reverse(last);
        return last;
    }

    Optional<AttributedCommit> lastHumanCommit() {
        if (whole != null) {
            return Optional.ofNullable(whole.lastHumanCommit());
        }
        int after = firstAtOrAfter(now.plusNanos(1));
        return after == 0 ? Optional.empty() : Optional.of(humanCommits.get(after - 1));
    }

    /** The oldest commit with a date, bots included (the first of equally old ones). */
    Optional<Commit> firstCommit() {
        if (whole != null) {
            return Optional.ofNullable(whole.firstCommit());
        }
        return history.commits().stream().map(AttributedCommit::commit)
                .filter(c -> authored(c) != null)
                .min((a, b) -> authored(a).compareTo(authored(b)));
    }

    /** Person key → the author date of their first non-bot commit ever: a new contributor's first appearance. */
    Map<String, Instant> firstCommits() {
        return whole != null ? whole.firstCommits() : NewContributors.firstCommits(humanCommits);
    }

    /** Non-bot commits of the whole history per organization (on each commit's date). */
    Map<String, Long> commitsPerOrganization() {
        if (whole != null) {
            return whole.commitsPerOrganization();
        }
        Map<String, Long> counts = new TreeMap<>();
        for (AttributedCommit c : humanCommits) {
            if (c.organization() != null) {
                counts.merge(c.organization(), 1L, Long::sum);
            }
        }
        return counts;
    }
}
