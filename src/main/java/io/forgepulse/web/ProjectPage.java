package io.forgepulse.web;

import io.forgepulse.api.AdviceView;
import io.forgepulse.api.NoScoresReason;
import io.forgepulse.api.ProblemException;
import io.forgepulse.api.ProjectViews;
import io.forgepulse.api.ProjectsResource;
import io.forgepulse.api.ScoreCardView;
import io.forgepulse.domain.Bucket;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.SeriesPoint;
import io.forgepulse.pipeline.HistoryLoader;
import io.forgepulse.pipeline.ScoringClock;
import io.forgepulse.scoring.PulseCalculator;
import io.forgepulse.scoring.SeriesCalculator;
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
import java.time.Duration;
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
 * ({@link ProjectsResource}) or from the same calculators over one load of the history (series and pulse, as
 * {@code .../series?bucket=month} and {@code .../pulse} compute them), so the page and the JSON agree.
 */
@Path("/projects")
public class ProjectPage {

    private final ProjectsResource api;
    private final HistoryLoader histories;
    private final NoScoresReason noScores;
    private final PageContext context;
    private final Template project;
    private final Template status;
    private final Clock scoringClock;

    @Inject
    ProjectPage(ProjectsResource api, HistoryLoader histories, NoScoresReason noScores, PageContext context,
            @Location("web/project.html") Template project, @Location("web/status.html") Template status,
            @ScoringClock Clock scoringClock) {
        this.api = api;
        this.histories = histories;
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
        ProjectHistory history = histories.history(ProjectId.parse(detail.id()));
        Instant now = scoringClock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Chart> charts = charts(forge, path, history, words);
        ProjectModel model = ProjectModel.of(detail, card, advice, charts,
                api.contributors(forge, path, today.minusDays(364).toString(), null, null),
                PulseCalculator.pulse(history, now.minus(Duration.ofDays(7)), now),
                PulseCalculator.pulse(history, now.minus(Duration.ofDays(30)), now),
                base(uri), locale, words);
        return context.answer(200, project.data("page", model).data("frame", frame), locale, uri);
    }

    private List<Chart> charts(String forge, String path, ProjectHistory history, Function<String, String> words) {
        Map<String, List<SeriesPoint>> answers = new HashMap<>();
        for (String metric : SeriesCalculator.metrics()) {
            answers.put(metric, SeriesCalculator.series(history, metric, Bucket.MONTH, null, null));
        }
        for (String score : List.of("score_activity", "score_diversity", "score_maturity")) {
            answers.put(score, api.series(forge, path, score, "month", null, null));
        }
        boolean tracker = history.forgeEvents();
        return List.of(
                Chart.of("chart-commits", words.apply("chart_commits"), labels("commits", words.apply("chart_commits")),
                        answers, true),
                Chart.of("chart-people", words.apply("chart_people"), labels("authors", words.apply("authors"),
                        "new_contributors", words.apply("series_newContributors")), answers, true),
                Chart.of("chart-issues", words.apply("chart_issues"), labels("issues_opened",
                        words.apply("series_opened"), "issues_closed", words.apply("series_closed")), answers, tracker),
                Chart.of("chart-changes", words.apply("chart_changes"), labels("prs_opened", words.apply("series_opened"),
                        "prs_merged", words.apply("series_merged")), answers, tracker),
                Chart.of("chart-times", words.apply("chart_times"), labels("time_to_first_response_days",
                        words.apply("series_firstResponse"), "time_to_close_days", words.apply("series_close"),
                        "time_to_merge_days", words.apply("series_merge")), answers, tracker),
                Chart.of("chart-scores", words.apply("chart_scores"), labels("score_activity", words.apply("activity"),
                        "score_diversity", words.apply("diversity"), "score_maturity", words.apply("maturity")),
                        answers, true));
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
