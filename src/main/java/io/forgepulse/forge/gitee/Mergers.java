package io.forgepulse.forge.gitee;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.http.RestSession;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Who merged a pull that does not say: its operate logs ({@code GET /repos/o/n/pulls/N/operate_logs}), one request
 * per merged pull that changed since the last run, never for an open or closed one. The merge is the entry that says
 * so ({@code icon} or {@code content} naming a merge, "合并"), else the entry written in the second of
 * {@code merged_at}; the one closest to {@code merged_at} wins.
 */
final class Mergers {

    /** The logs' clock and the pull's may differ a little; farther apart, an entry is not the merge. */
    private static final Duration SAME_EVENT = Duration.ofMinutes(1);

    private Mergers() {
    }

    static String of(RestSession session, String repoPath, JsonNode pull) throws ForgeException {
        OffsetDateTime mergedAt = GiteeItems.time(pull, "merged_at");
        JsonNode logs = session.get(repoPath + "/pulls/" + pull.path("number").asText() + "/operate_logs?sort=desc")
                .body();
        String merger = null;
        Duration best = null;
        for (JsonNode log : logs) {
            OffsetDateTime at = GiteeItems.time(log, "created_at");
            if (at == null || mergedAt == null) {
                continue;
            }
            Duration distance = Duration.between(at, mergedAt).abs();
            boolean saysMerge = saysMerge(log);
            if ((saysMerge && distance.compareTo(SAME_EVENT) <= 0 || distance.getSeconds() == 0)
                    && (best == null || distance.compareTo(best) < 0)) {
                merger = GiteeItems.login(log.path("user"));
                best = distance;
            }
        }
        return merger;
    }

    private static boolean saysMerge(JsonNode log) {
        String icon = String.valueOf(GiteeItems.text(log, "icon")).toLowerCase(Locale.ROOT);
        String content = String.valueOf(GiteeItems.text(log, "content")).toLowerCase(Locale.ROOT);
        return icon.contains("merge") || content.contains("merge") || content.contains("合并");
    }
}
