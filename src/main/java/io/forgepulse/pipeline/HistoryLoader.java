package io.forgepulse.pipeline;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.Review;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.Capability;
import io.forgepulse.identity.Alias;
import io.forgepulse.identity.IdentityResolver;
import io.forgepulse.store.EventStore;
import io.forgepulse.store.SnapshotStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads everything stored about a project and merges its identities into people, the input every score and
 * series is computed from. Merging runs over all identities each time, so a new alias can join two people.
 */
@ApplicationScoped
public class HistoryLoader {

    private final EventStore events;
    private final SnapshotStore snapshots;
    private final IdentityResolver resolver;
    private final Predicate<ProjectId> tracker;

    @Inject
    HistoryLoader(EventStore events, SnapshotStore snapshots, IdentityResolver resolver, Connectors connectors) {
        this(events, snapshots, resolver, id -> connectors.reads(id.forge(), Capability.TRACKER));
    }

    HistoryLoader(EventStore events, SnapshotStore snapshots, IdentityResolver resolver, Predicate<ProjectId> tracker) {
        this.events = events;
        this.snapshots = snapshots;
        this.resolver = resolver;
        this.tracker = tracker;
    }

    public ProjectHistory history(ProjectId project) {
        return load(project).history();
    }

    LoadedHistory load(ProjectId project) {
        List<Commit> commits = events.commits(project);
        Set<Alias> aliases = new LinkedHashSet<>();
        commits.forEach(c -> aliases.add(alias(c)));
        // Every event's bot flag comes from identity's one rule (forge flag, name shapes, configured bots), so
        // scores and first responses agree on who is a bot.
        BotFlags flags = new BotFlags(resolver.bots());
        List<Comment> comments = flags.comments(events.comments(project));
        List<Review> reviews = flags.reviews(events.reviews(project));
        FirstResponses responses = new FirstResponses(comments, reviews);
        List<Issue> issues = responses.issues(flags.issues(events.issues(project)));
        List<ChangeRequest> changeRequests = responses.changeRequests(flags.changeRequests(events.changeRequests(project)));
        // Forge authors are people too: a login alias can join a commit author (GitHub noreply mail) and counts on its own.
        issues.forEach(i -> addLogin(aliases, i.author(), i.authorIsBot()));
        changeRequests.forEach(c -> addLogin(aliases, c.author(), c.authorIsBot()));
        comments.forEach(c -> addLogin(aliases, c.author(), c.authorIsBot()));
        reviews.forEach(r -> addLogin(aliases, r.author(), r.authorIsBot()));
        Map<Alias, Person> people = resolver.resolve(aliases);
        List<AttributedCommit> attributed = commits.stream()
                .map(c -> attributed(resolver, c, people.get(alias(c))))
                .toList();
        ProjectHistory history = new ProjectHistory(project, snapshots.latest(project).orElse(null), attributed,
                events.releases(project), issues, changeRequests, comments, reviews,
                tracker.test(project));
        return new LoadedHistory(history, people);
    }

    /** The author's organization on the commit's date: an enrolment in the identities file may date it. */
    static AttributedCommit attributed(IdentityResolver resolver, Commit commit, Person author) {
        java.time.Instant when = commit.author().when() == null ? null : commit.author().when().toInstant();
        return new AttributedCommit(commit, author, resolver.organizationAt(author, when));
    }

    static void addLogin(Set<Alias> aliases, String login, boolean bot) {
        if (login != null && !login.isBlank()) {
            aliases.add(Alias.ofLogin(login, bot));
        }
    }

    static Alias alias(Commit commit) {
        return Alias.of(commit.author());
    }
}
