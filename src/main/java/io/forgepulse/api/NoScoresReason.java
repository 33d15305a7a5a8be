package io.forgepulse.api;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.UrlCredentials;
import io.forgepulse.store.HarvestRun;
import io.forgepulse.store.HarvestRunStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Why a tracked project has no score card yet, from its runs: a harvest still to finish, or one that failed (with its
 * public message) or was interrupted. "Has not finished" for a harvest that failed would send the reader to wait for
 * something that will not come.
 */
@ApplicationScoped
public class NoScoresReason {

    private final HarvestRunStore runs;

    @Inject
    NoScoresReason(HarvestRunStore runs) {
        this.runs = runs;
    }

    /** A clause such as "its first harvest failed: no directory at …". */
    public String of(ProjectId project) {
        Optional<HarvestRun> latest = runs.latest(project);
        String which = runs.latestSuccess(project).isPresent() ? "its last harvest" : "its first harvest";
        if (latest.isEmpty() || HarvestRun.RUNNING.equals(latest.get().outcome())) {
            return which + " has not finished";
        }
        HarvestRun run = latest.get();
        return switch (run.outcome()) {
            case HarvestRun.FAILURE -> which + " failed" + (run.message() == null ? ""
                    : ": " + UrlCredentials.redacted(run.message()));
            // A stop's message says what stopped it and that the next harvest resumes.
            case HarvestRun.STOPPED -> which + " stopped early" + (run.message() == null
                    ? "; it resumes at the next harvest" : ": " + UrlCredentials.redacted(run.message()));
            case HarvestRun.INTERRUPTED -> which
                    + " was interrupted (the service stopped); it resumes at the next harvest";
            default -> which + " stored no scores";
        };
    }
}
