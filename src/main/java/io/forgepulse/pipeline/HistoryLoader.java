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

/**
 * Reads everything stored about a project and merges its identities into people, the input every score and
 * series is computed from. Merging runs over all identities each time, so a new alias can join two people.
 */
@ApplicationScoped
public class HistoryLoader {

    private final EventStore events;
    private final SnapshotStore snapshots;
    private final IdentityResolver resolver;
    private final Connectors connectors;

    @Inject
    HistoryLoader(EventStore events, SnapshotStore snapshots, IdentityResolver resolver, Connectors connectors) {
        this.events = events;
        this.snapshots = snapshots;
        this.resolver = resolver;
        this.connectors = connectors;
    }

    public ProjectHistory history(ProjectId project) {
        return load(project).history();
    }

    LoadedHistory load(ProjectId project) {
        List<Commit> commits = events.commits(project);
        Set<Alias> aliases = new LinkedHashSet<>();
        commits.forEach(c -> aliases.add(alias(c)));
        List<Comment> comments = events.comments(project);
        List<Review> reviews = events.reviews(project);
        FirstResponses responses = new FirstResponses(comments, reviews);
        List<Issue> issues = responses.issues(events.issues(project));
        List<ChangeRequest> changeRequests = responses.changeRequests(events.changeRequests(project));
        // Forge authors are people too: a login alias can join a commit author (GitHub noreply mail) and counts on its own.
        issues.forEach(i -> addLogin(aliases, i.author(), i.authorIsBot()));
        changeRequests.forEach(c -> addLogin(aliases, c.author(), c.authorIsBot()));
        comments.forEach(c -> addLogin(aliases, c.author(), c.authorIsBot()));
        reviews.forEach(r -> addLogin(aliases, r.author(), r.authorIsBot()));
        Map<Alias, Person> people = resolver.resolve(aliases);
        List<AttributedCommit> attributed = commits.stream()
                .map(c -> new AttributedCommit(c, people.get(alias(c))))
                .toList();
        ProjectHistory history = new ProjectHistory(project, snapshots.latest(project).orElse(null), attributed,
                events.releases(project), issues, changeRequests, comments, reviews,
                connectors.reads(project.forge(), Capability.TRACKER));
        return new LoadedHistory(history, people);
    }

    private static void addLogin(Set<Alias> aliases, String login, boolean bot) {
        if (login != null && !login.isBlank()) {
            aliases.add(Alias.ofLogin(login, bot));
        }
    }

    static Alias alias(Commit commit) {
        return Alias.of(commit.author());
    }
}
