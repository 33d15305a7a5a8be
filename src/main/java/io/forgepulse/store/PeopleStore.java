package io.forgepulse.store;

import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The people of a project after alias merging, and which identity belongs to whom. Rewritten as a whole after each
 * harvest: merging is recomputed from all identities, so a new alias can join two people seen before.
 */
@ApplicationScoped
public class PeopleStore {

    private final Jdbi jdbi;

    @Inject
    public PeopleStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void replace(ProjectId project, Collection<Person> people, Collection<IdentityRow> identities) {
        try {
            replaceInTransaction(project.value(), people, identities);
        } catch (JdbiException e) {
            throw new StoreRefused("the project's people", e);
        }
    }

    private void replaceInTransaction(String id, Collection<Person> people, Collection<IdentityRow> identities) {
        jdbi.useTransaction(h -> {
            ProjectRowLock.hold(h, id);
            DataVersions.raise(h, id);
            h.createUpdate("DELETE FROM identity WHERE project_id = :id").bind("id", id).execute();
            h.createUpdate("DELETE FROM person WHERE project_id = :id").bind("id", id).execute();
            if (!people.isEmpty()) {
                PreparedBatch batch = h.prepareBatch("INSERT INTO person (project_id, person_key, name, organization, bot)"
                        + " VALUES (:id, :key, :name, :organization, :bot)");
                people.forEach(p -> batch.bind("id", id).bind("key", p.key()).bind("name", p.name())
                        .bind("organization", p.organization()).bind("bot", p.bot()).add());
                batch.execute();
            }
            if (!identities.isEmpty()) {
                PreparedBatch batch = h.prepareBatch("INSERT INTO identity (project_id, email, name, login, person_key)"
                        + " VALUES (:id, :email, :name, :login, :key)");
                unique(identities).forEach(i -> batch.bind("id", id).bind("email", i.email())
                        .bind("name", i.name()).bind("login", i.login()).bind("key", i.personKey()).add());
                batch.execute();
            }
        });
    }

    /**
     * Whether the store already holds exactly these people and identities, as {@link #replace} would write them: then
     * rewriting them would change nothing (a harvest that brought no new identity, under unchanged identity rules).
     */
    public boolean holds(ProjectId project, Collection<Person> people, Collection<IdentityRow> identities) {
        String id = project.value();
        return jdbi.withHandle(h -> {
            Set<IdentityRow> storedIdentities = new HashSet<>(h.createQuery(
                            "SELECT email, name, login, person_key FROM identity WHERE project_id = :id")
                    .bind("id", id)
                    .map((rs, ctx) -> new IdentityRow(rs.getString("email"), rs.getString("name"),
                            rs.getString("login"), rs.getString("person_key")))
                    .list());
            if (!storedIdentities.equals(new HashSet<>(unique(identities)))) {
                return false;
            }
            Set<List<Object>> storedPeople = new HashSet<>(h.createQuery(
                            "SELECT person_key, name, organization, bot FROM person WHERE project_id = :id")
                    .bind("id", id)
                    .map((rs, ctx) -> row(rs.getString("person_key"), rs.getString("name"),
                            rs.getString("organization"), rs.getBoolean("bot")))
                    .list());
            Set<List<Object>> given = new HashSet<>();
            people.forEach(p -> given.add(row(p.key(), p.name(), p.organization(), p.bot())));
            return storedPeople.equals(given);
        });
    }

    private static List<Object> row(String key, String name, String organization, boolean bot) {
        return Arrays.asList(key, name, organization, bot);
    }

    /** Cut to their columns, two identities can become one: the first one's person is kept. */
    private static Collection<IdentityRow> unique(Collection<IdentityRow> identities) {
        Map<List<String>, IdentityRow> unique = new LinkedHashMap<>();
        identities.forEach(i -> unique.putIfAbsent(List.of(i.email(), i.name(), i.login()), i));
        return unique.values();
    }

    /**
     * People ranked by commits authored in [from, to), bots included and flagged. A range holding every commit of the
     * project (the default, no dates) reads the author lines' totals ({@code commit_author}), a row per line; a
     * narrower one counts the commits of the range.
     */
    public List<ContributorRow> contributors(ProjectId project, Instant from, Instant to) {
        return jdbi.withHandle(h -> {
            boolean all = h.createQuery("SELECT COUNT(*) FROM commit_author WHERE project_id = :project"
                            + " AND (first_commit < :from OR last_commit >= :to)")
                    .bind("project", project.value()).bind("from", Timestamps.utc(from)).bind("to", Timestamps.utc(to))
                    .mapTo(Long.class).one() == 0;
            String counted = all
                    ? "SUM(c.commits) AS commits, MIN(c.first_commit) AS first_commit, MAX(c.last_commit) AS last_commit"
                            + " FROM commit_author c"
                    : "COUNT(*) AS commits, MIN(c.authored_at) AS first_commit, MAX(c.authored_at) AS last_commit"
                            + " FROM commit_event c";
            String range = all ? "" : " AND c.authored_at >= :from AND c.authored_at < :to";
            Query query = h.createQuery("SELECT p.person_key, p.name, p.organization, p.bot, " + counted
                            + " JOIN identity i ON i.project_id = c.project_id AND i.email = c.author_email"
                            + " AND i.name = c.author_name AND i.login = ''"
                            + " JOIN person p ON p.project_id = i.project_id AND p.person_key = i.person_key"
                            + " WHERE c.project_id = :project" + range
                            + " GROUP BY p.person_key, p.name, p.organization, p.bot"
                            + " ORDER BY commits DESC, p.name, p.person_key")
                    .bind("project", project.value());
            if (!all) {
                query.bind("from", Timestamps.utc(from)).bind("to", Timestamps.utc(to));
            }
            return query.map((rs, ctx) -> new ContributorRow(rs.getString("person_key"), rs.getString("name"),
                            rs.getString("organization"), rs.getBoolean("bot"), rs.getInt("commits"),
                            Timestamps.instant(rs, "first_commit"), Timestamps.instant(rs, "last_commit")))
                    .list();
        });
    }
}
