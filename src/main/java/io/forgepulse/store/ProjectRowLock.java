package io.forgepulse.store;

import org.jdbi.v3.core.Handle;

/**
 * Serializes a transaction that replaces a project's derived rows (delete, then insert: snapshot, people, score card)
 * with any other doing the same, by locking the project's row first. Without it, two such transactions on PostgreSQL
 * (two instances rescoring at start-up, say) both delete nothing the other has not committed and then both insert the
 * same key: a duplicate-key failure. Portable: {@code SELECT ... FOR UPDATE} means the same on H2.
 */
final class ProjectRowLock {

    private ProjectRowLock() {
    }

    static void hold(Handle h, String projectId) {
        h.createQuery("SELECT id FROM project WHERE id = :id FOR UPDATE").bind("id", projectId)
                .mapTo(String.class).findOne();
    }
}
