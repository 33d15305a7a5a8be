package io.forgepulse.web;

import io.forgepulse.api.AdviceView;
import io.forgepulse.api.NoScoresReason;
import io.forgepulse.api.ProblemException;
import io.forgepulse.api.ProjectViews;
import io.forgepulse.api.ProjectsResource;
import io.forgepulse.api.ScoreCardView;
import io.forgepulse.domain.Bucket;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.SeriesPoint;
import io.forgepulse.pipeline.ActivityReads;
import io.forgepulse.pipeline.ScoringClock;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /projects/{forge}/{path}}: the readable score card. Every number comes from the API's own answers
 * ({@link ProjectsResource}: the stored card, its advice, the contributors) or from the same aggregate reads as
 * {@code .../series?bucket=month} and {@code .../pulse} ({@link ActivityReads}), so the page and the JSON agree and
 * the page costs the same few statements per chart however long the history is.
 */
@Path("/projects")
public class ProjectPage {

    private final ProjectsResource api;
    private final ActivityReads activity;
    private final NoScoresReason noScores;
    private final PageContext context;
    private final Template project;
    private final Template status;
    private final Clock scoringClock;

    @Inject
    ProjectPage(ProjectsResource api, ActivityReads activity, NoScoresReason noScores, PageContext context,
            @Location("web/project.html") Template project, @Location("web/status.html") Template status,
            @ScoringClock Clock scoringClock) {
        this.api = api;
        this.activity = activity;
        this.noScores = noScores;
        this.context = context;
        this.project = project;
        this.status = status;
        this.scoringClock = scoringClock;
    }

    @GET
    @Path("/{forge}/{path: .+}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page(@PathParam("forge") String forge, @PathParam("path") String path, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        Locale locale = context.locale(uri, headers);
        Function<String, String> words = context.words(locale);
        Frame frame = context.frame(uri, locale, "projects");
        ProjectViews.Detail detail;
        try {
            detail = api.project(forge, path);
        } catch (ProblemException e) {
            StatusModel unknown = StatusModel.unknown(forge + ":" + path, Explanations.of(e.getMessage(), locale));
            return context.answer(e.status(), status.data("page", unknown).data("frame", frame), locale, uri);
        }
        ScoreCardView card;
        try {
            card = api.scores(forge, path);
        } catch (ProblemException e) {
            StatusModel waiting = StatusModel.waiting(detail,
                    Explanations.of(noScores.of(ProjectId.parse(detail.id())), locale), context.labels(locale));
            return context.answer(200, status.data("page", waiting).data("frame", frame), locale, uri);
        }
        AdviceView advice = api.advice(forge, path, null);
        ProjectId id = ProjectId.parse(detail.id());
        Instant now = scoringClock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Chart> charts = charts(forge, path, id, words);
        ProjectModel model = ProjectModel.of(detail, card, advice, charts,
                api.contributors(forge, path, today.minusDays(364).toString(), null, null),
                activity.lastDays(id, 7, now), activity.lastDays(id, 30, now),
                base(uri), locale, words);
        return context.answer(200, project.data("page", model).data("frame", frame), locale, uri);
    }

    private List<Chart> charts(String forge, String path, ProjectId id, Function<String, String> words) {
        boolean tracker = activity.tracker(id);
        List<Map<String, String>> series = List.of(
                labels("commits", words.apply("chart_commits")),
                labels("authors", words.apply("authors"), "new_contributors", words.apply("series_newContributors")),
                labels("issues_opened", words.apply("series_opened"), "issues_closed", words.apply("series_closed")),
                labels("prs_opened", words.apply("series_opened"), "prs_merged", words.apply("series_merged")),
                labels("time_to_first_response_days", words.apply("series_firstResponse"), "time_to_close_days",
                        words.apply("series_close"), "time_to_merge_days", words.apply("series_merge")),
                labels("score_activity", words.apply("activity"), "score_diversity", words.apply("diversity"),
                        "score_maturity", words.apply("maturity")));
        // Only the metrics a chart draws are read, each as .../series?metric=M&bucket=month answers it.
        Map<String, List<SeriesPoint>> answers = new HashMap<>();
        for (Map<String, String> chart : series) {
            for (String metric : chart.keySet()) {
                answers.put(metric, metric.startsWith("score_") ? api.series(forge, path, metric, "month", null, null)
                        : activity.series(id, metric, Bucket.MONTH, null, null));
            }
        }
        return List.of(
                Chart.of("chart-commits", words.apply("chart_commits"), series.get(0), answers, true),
                Chart.of("chart-people", words.apply("chart_people"), series.get(1), answers, true),
                Chart.of("chart-issues", words.apply("chart_issues"), series.get(2), answers, tracker),
                Chart.of("chart-changes", words.apply("chart_changes"), series.get(3), answers, tracker),
                Chart.of("chart-times", words.apply("chart_times"), series.get(4), answers, tracker),
                Chart.of("chart-scores", words.apply("chart_scores"), series.get(5), answers, true));
    }

    private static Map<String, String> labels(String... metricAndLabel) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < metricAndLabel.length; i += 2) {
            m.put(metricAndLabel[i], metricAndLabel[i + 1]);
        }
        return m;
    }

    private static String base(UriInfo uri) {
        String b = uri.getBaseUri().toString();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }
}
