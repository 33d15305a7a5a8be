package io.forgepulse.forge.github;

import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Signature;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.SignOffTrailers;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.kohsuke.github.GHCommit;
import org.kohsuke.github.GHCommitQueryBuilder;
import org.kohsuke.github.GitUser;
import org.kohsuke.github.PagedIterator;

/**
 * The commits of {@code forgepulse.github.commits=api}, for repositories too large to mirror: the default branch's
 * commits through hub4j's {@code queryCommits()} ({@code GET /repos/o/n/commits?since=...&per_page=100}, newest
 * first). Merge commits (more than one parent) are skipped, as the git connector's {@code --no-merges} does.
 *
 * <p>The list gives less than a mirror:
 * <ul>
 *   <li>no line stats: files changed and lines added and deleted are 0 (they would cost one request per commit);</li>
 *   <li>no GitHub login: hub4j resolves it only by reading the commit and the user again, and {@link Commit} has no
 *       place for it; authors are the name and mail of the commit, as with git;</li>
 *   <li>dates in UTC, as the API gives them, not in the committer's own offset;</li>
 *   <li>{@code since} filters by committer date, so a commit that reaches the branch later than newer ones (a pull
 *       request merged with a merge commit keeps its commits' older dates) falls before the window and is missed.</li>
 * </ul>
 *
 * <p>Windows: a window is every commit since the stored {@link CommitMark}, stored page by page (so memory holds one
 * page), while the mark moves only with the window's last page. A run stopped mid-window reads the window again next
 * time; commits do not change and the store's upserts make the repeats harmless. A run reads windows until one brings
 * nothing new, which also catches commits pushed while it read; that last window's first page is what the next run
 * asks again, so an unchanged project costs one conditional request, answered 304.
 */
final class ApiCommits {

    private static final int PAGE = 100;

    private final HubRepository hub;

    ApiCommits(HubRepository hub) {
        this.hub = hub;
    }

    /** Emits the commits not covered by {@code cursor}; returns the cursor with the "commits.api" stream moved. */
    HarvestCursor run(HarvestCursor cursor, HarvestSink sink) throws ForgeException {
        HarvestCursor current = cursor;
        while (true) {
            HarvestCursor next = window(current, sink);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
    }

    private HarvestCursor window(HarvestCursor cursor, HarvestSink sink) throws ForgeException {
        CommitMark mark = CommitMark.parse(cursor.position(CommitMark.STREAM));
        GHCommitQueryBuilder query = hub.repository().queryCommits().pageSize(PAGE);
        if (mark.date() != null) {
            query.since(Date.from(mark.date()));
        }
        PagedIterator<GHCommit> pages = query.list().iterator();
        String what = "GET commits" + (mark.date() == null ? "" : " since " + mark.date());
        CommitMark reached = mark;
        List<GHCommit> page = hub.read(what, () -> pages.hasNext() ? pages.nextPage() : List.of());
        while (!page.isEmpty()) {
            List<Commit> fresh = new ArrayList<>();
            for (GHCommit item : page) {
                Commit commit = commit(item);
                Instant committed = commit.committer() == null ? null : commit.committer().when().toInstant();
                reached = reached.with(commit.sha(), committed);
                if (item.getParentSHA1s().size() <= 1 && !mark.covers(commit.sha(), committed)) {
                    fresh.add(commit);
                }
            }
            // Asking for the next page first tells whether this one is the window's last, which alone moves the mark.
            boolean last = !hub.read(what, pages::hasNext);
            HarvestCursor stored = last && !reached.equals(mark)
                    ? cursor.with(CommitMark.STREAM, reached.position()) : cursor;
            if (!fresh.isEmpty() || stored != cursor) {
                sink.accept(HarvestBatch.ofCommits(fresh, stored));
            }
            if (last) {
                return stored;
            }
            page = hub.read(what, pages::nextPage);
        }
        return cursor;
    }

    /** A list item as a commit: the list carries the commit object, so none of these getters sends a request. */
    private Commit commit(GHCommit item) throws ForgeException {
        GHCommit.ShortInfo info = hub.read("GET commits", item::getCommitShortInfo);
        boolean signed = info.getVerification() != null && info.getVerification().getSignature() != null;
        return new Commit(item.getSHA1(), signature(info.getAuthor()), signature(info.getCommitter()), 0, 0, 0,
                SignOffTrailers.of(info.getMessage()), signed);
    }

    private static Signature signature(GitUser user) {
        return user == null ? null : new Signature(user.getName(), user.getEmail(), HubRepository.utc(user.getDate()));
    }
}
