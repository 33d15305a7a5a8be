package io.forgepulse.store;

import io.forgepulse.domain.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Which state of a project's events and people a read saw: a token that changes with every committed write of them
 * (raised in the write's own transaction), so an answer computed at one token is the answer while the token stands.
 * The token also names the project row's creation, so a project deleted and tracked again never meets the tokens
 * of its earlier life.
 */
@ApplicationScoped
public class DataVersions {

    private final Jdbi jdbi;

    @Inject
    public DataVersions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The project's current token, one primary-key read; empty for a project not stored. */
    public Optional<String> current(ProjectId project) {
        return jdbi.withHandle(h -> h.createQuery("SELECT added_at, data_version FROM project WHERE id = :id")
                .bind("id", project.value())
                .map((rs, ctx) -> Timestamps.instant(rs, "added_at") + "#" + rs.getLong("data_version"))
                .findOne());
    }

    /**
     * Raises the project's version inside a writing transaction; run first in it, so writers of one project take its
     * row lock in the same order and the version commits with the data.
     */
    static void raise(Handle h, String projectId) {
        h.createUpdate("UPDATE project SET data_version = data_version + 1 WHERE id = :id").bind("id", projectId)
                .execute();
    }
}
