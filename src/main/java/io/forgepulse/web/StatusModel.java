package io.forgepulse.web;

import io.forgepulse.api.ProjectViews;

/**
 * The page of a project without a score card: unknown (not tracked, or not an id), still harvesting (with its
 * progress), or whose harvest failed (with the reason the API gives).
 *
 * @param kind {@code unknown}, {@code harvesting} or {@code failed}
 * @param reason the API's sentence: why it is unknown, or why there are no scores yet
 * @param progress the harvest under way, when there is one
 */
public record StatusModel(String kind, String id, String reason, String apiHref, ProjectViews.Progress progress,
        String progressText) {

    static StatusModel unknown(String id, String reason) {
        return new StatusModel("unknown", id, reason, null, null, null);
    }

    static StatusModel waiting(ProjectViews.Detail detail, String reason, Labels labels) {
        ProjectViews.Progress p = detail.progress();
        String api = "/api/v1/projects/" + detail.forge() + "/" + detail.path();
        if (p != null) {
            return new StatusModel("harvesting", detail.id(), reason, api, p, ProgressText.of(p, labels));
        }
        boolean failed = detail.lastHarvest() != null && !"success".equals(detail.lastHarvest().outcome());
        return new StatusModel(failed ? "failed" : "harvesting", detail.id(), reason, api, null, null);
    }
}
