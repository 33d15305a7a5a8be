package io.forgepulse.api;

import io.forgepulse.domain.Bucket;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.Pulse;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.domain.SeriesPoint;
import io.forgepulse.pipeline.HarvestScheduler;
import io.forgepulse.pipeline.HistoryLoader;
import io.forgepulse.pipeline.ProjectRegistry;
import io.forgepulse.pipeline.ScoringClock;
import io.forgepulse.scoring.PulseCalculator;
import io.forgepulse.scoring.ScoreCardCalculator;
import io.forgepulse.scoring.SelectionProfile;
import io.forgepulse.scoring.SeriesCalculator;
import io.forgepulse.store.PeopleStore;
import io.forgepulse.store.ScoreCardStore;
import io.forgepulse.store.ScorePoint;
import io.forgepulse.store.StoredProject;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** REST API v1 for tracked projects (DESIGN §5). */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    private static final String SCORE_PREFIX = "score_";
    private static final Map<String, Function<ScorePoint, Double>> SCORE_SERIES = Map.of(
            "score_activity", ScorePoint::activity,
            "score_diversity", ScorePoint::diversity,
            "score_maturity", ScorePoint::maturity);

    private final ProjectRegistry registry;
    private final ProjectPaths paths;
    private final ProjectViews views;
    private final ScoreCardStore cards;
    private final PeopleStore people;
    private final HistoryLoader histories;
    private final HarvestScheduler scheduler;
    private final AdminGuard guard;
    private final Clock clock;
    private final ProfileParam profiles;
    private final NoScoresReason noScores;

    @Inject
    ProjectsResource(ProjectRegistry registry, ProjectPaths paths, ProjectViews views, ScoreCardStore cards,
            PeopleStore people, HistoryLoader histories, HarvestScheduler scheduler, AdminGuard guard,
            @ScoringClock Clock clock, ProfileParam profiles, NoScoresReason noScores) {
        this.registry = registry;
        this.paths = paths;
        this.views = views;
        this.cards = cards;
        this.people = people;
        this.histories = histories;
        this.scheduler = scheduler;
        this.guard = guard;
        this.clock = clock;
        this.profiles = profiles;
        this.noScores = noScores;
    }

    @GET
    public List<ProjectViews.Summary> list() {
        return registry.all().stream().map(views::summary).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response track(TrackRequest request, @Context HttpHeaders headers, @Context UriInfo uri) {
        guard.require(headers);
        if (request == null || request.id() == null) {
            throw ProblemException.badRequest("send a JSON body {\"id\": \"git:NAME\", \"location\": \"PATH or URL\"}");
        }
        ProjectId id = ProjectPaths.parse(request.id());
        boolean added;
        try {
            added = registry.track(id, request.location());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
        if (!added) {
            throw ProblemException.conflict(id + " is tracked already; DELETE it first to change its location");
        }
        StoredProject stored = registry.find(id).orElseThrow();
        scheduler.harvestSoon(stored);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/projects").path(id.forge().id())
                        .path(id.path()).build())
                .entity(views.detail(stored)).build();
    }

    @GET
    @Path("/{forge}/{path: .+}")
    public ProjectViews.Detail project(@PathParam("forge") String forge, @PathParam("path") String path) {
        return views.detail(paths.tracked(forge, path));
    }

    @DELETE
    @Path("/{forge}/{path: .+}")
    public Response untrack(@PathParam("forge") String forge, @PathParam("path") String path,
            @Context HttpHeaders headers) {
        guard.require(headers);
        StoredProject project = paths.tracked(forge, path);
        if (StoredProject.ORIGIN_CONFIG.equals(project.origin())) {
            throw ProblemException.conflict(project.id() + " is tracked by forgepulse.track: remove it from the"
                    + " configuration and restart");
        }
        try {
            registry.untrack(project.id());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/{forge}/{path: .+}/harvest")
    public Response harvest(@PathParam("forge") String forge, @PathParam("path") String path,
            @Context HttpHeaders headers) {
        guard.require(headers);
        StoredProject project = paths.tracked(forge, path);
        scheduler.harvestSoon(project);
        return Response.accepted(Map.of("project", project.id().value(), "status", "queued")).build();
    }

    @GET
    @Path("/{forge}/{path: .+}/scores")
    public ScoreCardView scores(@PathParam("forge") String forge, @PathParam("path") String path) {
        StoredProject project = paths.tracked(forge, path);
        return cards.latest(project.id()).map(ScoreCardView::of).orElseThrow(() -> noScoresYet(project, forge, path));
    }

    private ProblemException noScoresYet(StoredProject project, String forge, String path) {
        return ProblemException.notFound(project.id() + " has no scores yet: " + noScores.of(project.id()) + "; see"
                + " GET /api/v1/projects/" + forge + "/" + path + " for its last harvest");
    }

    /** What the maintainer should fix first, optionally weighted by a selection profile. */
    @GET
    @Path("/{forge}/{path: .+}/advice")
    public AdviceView advice(@PathParam("forge") String forge, @PathParam("path") String path,
            @QueryParam("profile") String profile) {
        StoredProject project = paths.tracked(forge, path);
        SelectionProfile selected = profiles.resolve(profile, null);
        return cards.latest(project.id()).map(card -> AdviceView.of(card, selected))
                .orElseThrow(() -> noScoresYet(project, forge, path));
    }

    @GET
    @Path("/{forge}/{path: .+}/series")
    public List<SeriesPoint> series(@PathParam("forge") String forge, @PathParam("path") String path,
            @QueryParam("metric") String metric, @QueryParam("bucket") String bucket,
            @QueryParam("from") String fromText, @QueryParam("to") String toText) {
        QueryParams.DateRange range = QueryParams.range(fromText, toText, today());
        TreeSet<String> known = new TreeSet<>(SeriesCalculator.metrics());
        known.addAll(SCORE_SERIES.keySet());
        if (metric == null || !known.contains(metric)) {
            throw ProblemException.badRequest((metric == null ? "metric is required" : "unknown metric '" + metric + "'")
                    + "; use one of " + String.join(", ", known));
        }
        Bucket b = bucket(bucket);
        StoredProject project = paths.tracked(forge, path);
        if (metric.startsWith(SCORE_PREFIX)) {
            return scoreSeries(project.id(), metric, range.from(), range.to());
        }
        return SeriesCalculator.series(histories.history(project.id()), metric, b, range.from(), range.to());
    }

    @GET
    @Path("/{forge}/{path: .+}/contributors")
    public List<ContributorView> contributors(@PathParam("forge") String forge, @PathParam("path") String path,
            @QueryParam("from") String fromText, @QueryParam("to") String toText, @QueryParam("limit") String limitText) {
        QueryParams.DateRange range = QueryParams.range(fromText, toText, today());
        int limit = QueryParams.limit(limitText, 1000);
        StoredProject project = paths.tracked(forge, path);
        Instant start = range.from() == null ? Instant.EPOCH : range.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = range.to() == null ? Instant.parse("9999-12-31T00:00:00Z")
                : range.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return people.contributors(project.id(), start, end).stream()
                .limit(limit)
                .map(r -> new ContributorView(r.name(), r.organization(), r.commits(), r.bot(), r.firstCommit(),
                        r.lastCommit()))
                .toList();
    }

    @GET
    @Path("/{forge}/{path: .+}/pulse")
    public Pulse pulse(@PathParam("forge") String forge, @PathParam("path") String path,
            @QueryParam("period") String period) {
        int days = QueryParams.days("period", period == null ? "P7D" : period, 366);
        StoredProject project = paths.tracked(forge, path);
        Instant now = clock.instant();
        ProjectHistory history = histories.history(project.id());
        return PulseCalculator.pulse(history, now.minus(Duration.ofDays(days)), now);
    }

    @GET
    @Path("/{forge}/{path: .+}/badge/{score}.svg")
    @Produces("image/svg+xml")
    public Response badge(@PathParam("forge") String forge, @PathParam("path") String path,
            @PathParam("score") String score) {
        StoredProject project = paths.tracked(forge, path);
        ScoreCard card = cards.latest(project.id()).orElse(null);
        Double value = switch (score) {
            case "activity" -> card == null ? null : card.activity().score();
            case "diversity" -> card == null ? null : card.diversity().score();
            case "maturity" -> card == null ? null : card.maturity().score();
            default -> throw ProblemException.badRequest("unknown badge '" + score
                    + "': use activity.svg, diversity.svg or maturity.svg");
        };
        return Response.ok(Badge.svg(score, value), "image/svg+xml").header("Cache-Control", "max-age=300").build();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private List<SeriesPoint> scoreSeries(ProjectId id, String metric, LocalDate from, LocalDate to) {
        Function<ScorePoint, Double> value = SCORE_SERIES.get(metric);
        return cards.history(id, ScoreCardCalculator.RULESET, from == null ? LocalDate.of(1970, 1, 1) : from,
                        to == null ? LocalDate.of(9999, 12, 31) : to).stream()
                .filter(p -> value.apply(p) != null)
                .map(p -> new SeriesPoint(p.day(), value.apply(p)))
                .toList();
    }

    private static Bucket bucket(String bucket) {
        if (bucket == null || bucket.isBlank()) {
            return Bucket.MONTH;
        }
        return switch (bucket.trim().toLowerCase(Locale.ROOT)) {
            case "week" -> Bucket.WEEK;
            case "month" -> Bucket.MONTH;
            default -> throw ProblemException.badRequest("bucket=" + bucket + " is not a bucket: use week or month");
        };
    }
}
