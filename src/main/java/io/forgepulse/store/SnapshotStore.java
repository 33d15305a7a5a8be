package io.forgepulse.store;

import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.OwnerType;
import io.forgepulse.domain.ProjectFile;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ProjectSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The latest snapshot of each project with the files found at its HEAD; a new snapshot replaces the old one. */
@ApplicationScoped
public class SnapshotStore {

    private final Jdbi jdbi;

    @Inject
    public SnapshotStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void save(ProjectId project, ProjectSnapshot s) {
        try {
            saveInTransaction(project.value(), s);
        } catch (JdbiException e) {
            throw new StoreRefused("the project's snapshot", e);
        }
    }

    /**
     * Saves {@code s} unless the stored snapshot has the same facts (everything but the time it was taken): an
     * unchanged project stores nothing. Returns whether it was saved.
     */
    public boolean saveIfChanged(ProjectId project, ProjectSnapshot s) {
        if (latest(project).map(stored -> facts(stored).equals(facts(s))).orElse(false)) {
            return false;
        }
        save(project, s);
        return true;
    }

    /** A snapshot as it reads back from the store, without its time: UTC creation time, files distinct and sorted. */
    private static ProjectSnapshot facts(ProjectSnapshot s) {
        List<ProjectFile> files = s.files().stream().distinct()
                .sorted(Comparator.comparing((ProjectFile f) -> f.kind().name()).thenComparing(ProjectFile::path))
                .toList();
        return new ProjectSnapshot(null, s.defaultBranch(), s.headSha(), s.stars(), s.forks(), s.watchers(),
                s.openIssues(), s.archived(), Timestamps.utc(s.createdAt()), s.ownerType(), s.owner(), s.licenseSpdx(),
                s.topics(), files);
    }

    private void saveInTransaction(String id, ProjectSnapshot s) {
        jdbi.useTransaction(h -> {
            ProjectRowLock.hold(h, id);
            h.createUpdate("DELETE FROM project_file WHERE project_id = :id").bind("id", id).execute();
            h.createUpdate("DELETE FROM project_snapshot WHERE project_id = :id").bind("id", id).execute();
            h.createUpdate("""
                            INSERT INTO project_snapshot (project_id, taken_at, default_branch, head_sha, stars, forks,
                                watchers, open_issues, archived, created_at, owner_type, owner, license_spdx, topics)
                            VALUES (:id, :takenAt, :branch, :head, :stars, :forks, :watchers, :openIssues, :archived,
                                :createdAt, :ownerType, :owner, :license, :topics)""")
                    .bind("id", id).bind("takenAt", Timestamps.utc(s.takenAt())).bind("branch", s.defaultBranch())
                    .bind("head", s.headSha()).bind("stars", s.stars()).bind("forks", s.forks())
                    .bind("watchers", s.watchers()).bind("openIssues", s.openIssues()).bind("archived", s.archived())
                    .bind("createdAt", Timestamps.utc(s.createdAt())).bind("ownerType", s.ownerType().name())
                    .bind("owner", s.owner()).bind("license", s.licenseSpdx())
                    .bind("topics", s.topics().isEmpty() ? null : String.join(",", s.topics()))
                    .execute();
            if (!s.files().isEmpty()) {
                PreparedBatch files = h.prepareBatch("INSERT INTO project_file (project_id, kind, path, bytes, detail)"
                        + " VALUES (:id, :kind, :path, :bytes, :detail)");
                s.files().stream().distinct().forEach(f -> files.bind("id", id).bind("kind", f.kind().name())
                        .bind("path", f.path()).bind("bytes", f.bytes()).bind("detail", f.detail()).add());
                files.execute();
            }
        });
    }

    public Optional<ProjectSnapshot> latest(ProjectId project) {
        String id = project.value();
        return jdbi.withHandle(h -> {
            List<ProjectFile> files = h.createQuery(
                            "SELECT kind, path, bytes, detail FROM project_file WHERE project_id = :id ORDER BY kind, path")
                    .bind("id", id)
                    .map((rs, ctx) -> new ProjectFile(FileKind.valueOf(rs.getString("kind")), rs.getString("path"),
                            rs.getLong("bytes"), rs.getString("detail")))
                    .list();
            return h.createQuery("SELECT * FROM project_snapshot WHERE project_id = :id").bind("id", id)
                    .map((rs, ctx) -> new ProjectSnapshot(
                            Timestamps.instant(rs, "taken_at"), rs.getString("default_branch"), rs.getString("head_sha"),
                            rs.getObject("stars", Integer.class), rs.getObject("forks", Integer.class),
                            rs.getObject("watchers", Integer.class), rs.getObject("open_issues", Integer.class),
                            rs.getObject("archived", Boolean.class), Timestamps.read(rs, "created_at"),
                            OwnerType.valueOf(rs.getString("owner_type")), rs.getString("owner"),
                            rs.getString("license_spdx"), topics(rs.getString("topics")), files))
                    .findOne();
        });
    }

    private static List<String> topics(String value) {
        return value == null ? List.of() : Arrays.asList(value.split(","));
    }
}
