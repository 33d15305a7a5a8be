package io.forgepulse.web;

import io.forgepulse.api.ProjectViews;
import io.forgepulse.api.ProjectsResource;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.pipeline.ScoringClock;
import io.forgepulse.store.ActivityAggregates;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /}: the tracked projects, as {@code GET /api/v1/projects} lists them. */
@Path("/")
public class HomePage {

    private final ProjectsResource api;
    private final ActivityAggregates activity;
    private final PageContext context;
    private final Template home;
    private final Clock clock;
    private final Clock scoringClock;

    @Inject
    HomePage(ProjectsResource api, ActivityAggregates activity, PageContext context, @Location("web/home.html") Template home,
            Clock clock, @ScoringClock Clock scoringClock) {
        this.api = api;
        this.activity = activity;
        this.context = context;
        this.home = home;
        this.clock = clock;
        this.scoringClock = scoringClock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page(@QueryParam("q") String filter, @QueryParam("failed") boolean failedOnly,
            @QueryParam("sort") String sort, @Context UriInfo uri, @Context HttpHeaders headers) {
        Locale locale = context.locale(uri, headers);
        List<ProjectViews.Summary> projects = api.firstPage();
        Instant scoringNow = scoringClock.instant();
        Map<String, Map<LocalDate, Long>> days = activity.commitDays(
                projects.stream().map(p -> ProjectId.parse(p.id())).toList(), Sparkline.since(scoringNow));
        Map<String, List<Integer>> sparks = new HashMap<>();
        for (ProjectViews.Summary p : projects) {
            sparks.put(p.id(), Sparkline.weekly(days.getOrDefault(p.id(), Map.of()), scoringNow));
        }
        HomeModel model = HomeModel.of(projects, sparks, filter, failedOnly, sort, clock.instant(), locale,
                context.words(locale), progress -> ProgressText.stored(progress, context.labels(locale)));
        return context.answer(200, home.data("page", model).data("frame", context.frame(uri, locale, "projects")),
                locale, uri);
    }

    /**
     * OPTIONS on a path no page or API has: a 404 under one route template. Without it, the pages' root resource
     * answered such requests 200 and the HTTP metrics tagged them with the raw path (unbounded series).
     */
    @OPTIONS
    @Path("{unknown: .+}")
    @Operation(hidden = true)
    public Response noSuchPath() {
        // Thrown, not returned: the API's mapper answers it as problem+json, like every other unknown path.
        throw new NotFoundException();
    }
}
