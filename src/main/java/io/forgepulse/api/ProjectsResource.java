package io.forgepulse.api;

import io.forgepulse.domain.Bucket;
import io.forgepulse.domain.Forge;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.Pulse;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.domain.SeriesPoint;
import io.forgepulse.pipeline.HarvestScheduler;
import io.forgepulse.pipeline.ActivityReads;
import io.forgepulse.pipeline.WindowedHistory;
import io.forgepulse.pipeline.ListingCache;
import io.forgepulse.pipeline.ProjectRegistry;
import io.forgepulse.pipeline.ScoringClock;
import io.forgepulse.scoring.ScoreCardCalculator;
import io.forgepulse.scoring.SelectionProfile;
import io.forgepulse.scoring.SeriesCalculator;
import io.forgepulse.store.ProjectListing;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

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
    private final ListingCache listing;
    private final ProjectPaths paths;
    private final ProjectViews views;
    private final ScoreCardStore cards;
    private final ActivityReads activity;
    private final WindowedHistory histories;
    private final HarvestScheduler scheduler;
    private final AdminGuard guard;
    private final Clock clock;
    private final ProfileParam profiles;
    private final NoScoresReason noScores;

    @Inject
    ProjectsResource(ProjectRegistry registry, ListingCache listing, ProjectPaths paths, ProjectViews views, ScoreCardStore cards,
            ActivityReads activity, WindowedHistory histories, HarvestScheduler scheduler, AdminGuard guard,
            @ScoringClock Clock clock, ProfileParam profiles, NoScoresReason noScores) {
        this.registry = registry;
        this.listing = listing;
        this.paths = paths;
        this.views = views;
        this.cards = cards;
        this.activity = activity;
        this.histories = histories;
        this.scheduler = scheduler;
        this.guard = guard;
        this.clock = clock;
        this.profiles = profiles;
        this.noScores = noScores;
    }

    /** The page size of the project list when {@code size} is absent. */
    static final int DEFAULT_PAGE_SIZE = 100;
    /** The largest page of the project list. */
    static final int MAX_PAGE_SIZE = 1000;
    private static final Set<String> OUTCOMES = Set.of("success", "failure", "running", "interrupted", "none");

    @GET
    @Operation(summary = "List the tracked projects",
            description = "The tracked projects by id, a page at a time, each with its last harvest (time, outcome)"
                    + " and a summary of its latest scores. X-Total-Count holds how many match; a Link header with"
                    + " rel=\"next\" names the next page while there is one.")
    @APIResponse(responseCode = "200", description = "A page of the tracked projects")
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    public Response list(@Parameter(description = ApiDescription.PAGE) @QueryParam("page") String pageText,
            @Parameter(description = ApiDescription.SIZE) @QueryParam("size") String sizeText,
            @Parameter(description = ApiDescription.FORGE_FILTER) @QueryParam("forge") String forgeText,
            @Parameter(description = ApiDescription.OUTCOME) @QueryParam("outcome") String outcome,
            @Context UriInfo uri) {
        int page = QueryParams.number("page", pageText, 0, 1_000_000, 0);
        int size = QueryParams.number("size", sizeText, 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
        Forge forge = forgeText == null ? null : Forge.byId(forgeText).orElseThrow(() -> ProblemException.badRequest(
                "forge=" + forgeText + " is not a forge: use github, gitlab, gitee or git"));
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            throw ProblemException.badRequest("outcome=" + outcome + " is not an outcome: use one of "
                    + String.join(", ", new TreeSet<>(OUTCOMES)));
        }
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE) {
            throw ProblemException.badRequest("page=" + page + " with size=" + size + " is beyond any list");
        }
        ProjectListing.Page listed = listing.page(forge, outcome, (int) offset, size);
        Response.ResponseBuilder answer = Response.ok(listed.rows().stream().map(views::summary).toList());
        if (!listed.rows().isEmpty() || page == 0) {
            answer.header("X-Total-Count", listed.total());
        }
        if (!listed.rows().isEmpty() && offset + listed.rows().size() < listed.total()) {
            answer.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page + 1)
                    .replaceQueryParam("size", size).build() + ">; rel=\"next\"");
        }
        return answer.build();
    }

    /** The first {@link #MAX_PAGE_SIZE} projects by id, as the list answers them (one query), for the web pages. */
    public List<ProjectViews.Summary> firstPage() {
        return listing.page(null, null, 0, MAX_PAGE_SIZE).rows().stream().map(views::summary).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start tracking a project",
            description = "Stores the project (a git project needs a location) and queues its first harvest;"
                    + " needs the admin token.")
    @APIResponse(responseCode = "201", description = "Tracked; Location names the project, the body is its detail")
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDescription.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDescription.TOO_LARGE)
    @SecurityRequirement(name = ApiDescription.ADMIN)
    public Response track(@RequestBody(description = "The project id (forge:path) and, for a git project, its"
            + " location (a path or a clone URL)", required = true) TrackRequest request,
            @Context HttpHeaders headers, @Context UriInfo uri) {
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
    @Operation(summary = "One project",
            description = "Its metadata, last harvest, freshness (last success, age, snapshot time) and latest scores.")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    public ProjectViews.Detail project(@Parameter(description = ApiDescription.FORGE) @PathParam("forge") String forge,
            @Parameter(description = ApiDescription.PATH) @PathParam("path") String path) {
        return views.detail(paths.tracked(forge, path));
    }

    @DELETE
    @Path("/{forge}/{path: .+}")
    @Operation(summary = "Stop tracking a project",
            description = "Stops tracking a project added over the API; one from forgepulse.track is removed"
                    + " from the configuration instead. Needs the admin token.")
    @APIResponse(responseCode = "204", description = "No longer tracked")
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDescription.CONFLICT)
    @SecurityRequirement(name = ApiDescription.ADMIN)
    public Response untrack(@Parameter(description = ApiDescription.FORGE) @PathParam("forge") String forge,
            @Parameter(description = ApiDescription.PATH) @PathParam("path") String path,
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
    @Operation(summary = "Harvest a project now",
            description = "Queues a harvest of the project ahead of the schedule; needs the admin token.")
    @APIResponse(responseCode = "202", description = "Queued")
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @SecurityRequirement(name = ApiDescription.ADMIN)
    public Response harvest(@Parameter(description = ApiDescription.FORGE) @PathParam("forge") String forge,
            @Parameter(description = ApiDescription.PATH) @PathParam("path") String path,
            @Context HttpHeaders headers) {
        guard.require(headers);
        StoredProject project = paths.tracked(forge, path);
        scheduler.harvestSoon(project);
        return Response.accepted(Map.of("project", project.id().value(), "status", "queued")).build();
    }

    @GET
    @Path("/{forge}/{path: .+}/scores")
    @Operation(summary = "The score card",
            description = "Activity, diversity and maturity with their coverage, version, inputs and maturity"
                    + " criteria.")
    @APIResponse(responseCode = "200", description = "The latest score card")
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    public ScoreCardView scores(@Parameter(description = ApiDescription.FORGE) @PathParam("forge") String forge,
            @Parameter(description = ApiDescription.PATH) @PathParam("path") String path) {
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
    @Operation(summary = "What to fix first",
            description = "The maturity criteria not met, biggest gain first, optionally weighted by a selection"
                    + " profile.")
    @APIResponse(responseCode = "200", description = "The advice")
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    public AdviceView advice(@Parameter(description = ApiDescription.FORGE) @PathParam("forge") String forge,
            @Parameter(description = ApiDescription.PATH) @PathParam("path") String path,
            @Parameter(description = ApiDescription.PROFILE) @QueryParam("profile") String profile) {
        StoredProject project = paths.tracked(forge, path);
        SelectionProfile selected = profiles.resolve(profile, null);
        return cards.latest(project.id()).map(card -> AdviceView.of(card, selected))
                .orElseThrow(() -> noScoresYet(project, forge, path));
    }

    @GET
    @Path("/{forge}/{path: .+}/series")
    @Operation(summary = "A time series",
            description = "One metric per week or month between two days.")
    @APIResponse(responseCode = "200", description = "The points, oldest first")
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    public List<SeriesPoint> series(@Parameter(description = ApiDescription.FORGE) @PathParam("forge") String forge,
            @Parameter(description = ApiDescription.PATH) @PathParam("path") String path,
            @Parameter(description = ApiDescription.METRIC) @QueryParam("metric") String metric,
            @Parameter(description = ApiDescription.BUCKET) @QueryParam("bucket") String bucket,
            @Parameter(description = ApiDescription.FROM) @QueryParam("from") String fromText,
            @Parameter(description = ApiDescription.TO) @QueryParam("to") String toText) {
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
            return scoreSeries(project.id(), metric, b, range.from(), range.to());
        }
        return activity.series(project.id(), metric, b, range.from(), range.to());
    }

    @GET
    @Path("/{forge}/{path: .+}/contributors")
    @Operation(summary = "The contributors",
            description = "People ranked by commits between two days, with their organization and whether they"
                    + " are bots.")
    @APIResponse(responseCode = "200", description = "The contributors, most commits first")
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    public List<ContributorView> contributors(
            @Parameter(description = ApiDescription.FORGE) @PathParam("forge") String forge,
            @Parameter(description = ApiDescription.PATH) @PathParam("path") String path,
            @Parameter(description = ApiDescription.FROM) @QueryParam("from") String fromText,
            @Parameter(description = ApiDescription.TO) @QueryParam("to") String toText,
            @Parameter(description = ApiDescription.LIMIT) @QueryParam("limit") String limitText) {
        QueryParams.DateRange range = QueryParams.range(fromText, toText, today());
        int limit = QueryParams.limit(limitText, 1000);
        StoredProject project = paths.tracked(forge, path);
        Instant start = range.from() == null ? Instant.EPOCH : range.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = range.to() == null ? Instant.parse("9999-12-31T00:00:00Z")
                : range.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return activity.contributors(project.id(), start, end).stream()
                .limit(limit)
                .map(r -> new ContributorView(r.name(), r.organization(), r.commits(), r.bot(), r.firstCommit(),
                        r.lastCommit()))
                .toList();
    }

    @GET
    @Path("/{forge}/{path: .+}/people")
    @Operation(summary = "How aliases became people",
            description = "With review=true: every person merged from more than one alias (git author lines, forge"
                    + " logins) with the rules that merged them, and the candidate merges not made (one-word names,"
                    + " an address name shared across domains) with the identities-file lines that would confirm"
                    + " them. Reads every identity of the project, so it is meant for a maintainer, not a dashboard.")
    @APIResponse(responseCode = "200", description = "The merges made and the candidates")
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    public io.forgepulse.identity.MergeReview people(
            @Parameter(description = ApiDescription.FORGE) @PathParam("forge") String forge,
            @Parameter(description = ApiDescription.PATH) @PathParam("path") String path,
            @Parameter(description = "Must be true: the review of merges is the only view of people so far")
            @QueryParam("review") String review) {
        if (!"true".equals(review)) {
            throw ProblemException.badRequest("people is served as a review of merges: ask with review=true");
        }
        StoredProject project = paths.tracked(forge, path);
        return histories.review(project.id());
    }

    @GET
    @Path("/{forge}/{path: .+}/pulse")
    @Operation(summary = "The pulse",
            description = "A GitHub-Pulse style summary of the last period, ending at the current second (`to`, whole"
                    + " seconds): reads within one second share one answer, and a harvest's write is seen at once.")
    @APIResponse(responseCode = "200", description = "The pulse")
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    public Pulse pulse(@Parameter(description = ApiDescription.FORGE) @PathParam("forge") String forge,
            @Parameter(description = ApiDescription.PATH) @PathParam("path") String path,
            @Parameter(description = ApiDescription.PERIOD) @QueryParam("period") String period) {
        int days = QueryParams.days("period", period == null ? "P7D" : period, 366);
        StoredProject project = paths.tracked(forge, path);
        return activity.lastDays(project.id(), days, clock.instant());
    }

    @GET
    @Path("/{forge}/{path: .+}/badge/{score}.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "A score badge",
            description = "An SVG badge of one score, for a README.")
    @APIResponse(responseCode = "200", description = "The badge")
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    public Response badge(@Parameter(description = ApiDescription.FORGE) @PathParam("forge") String forge,
            @Parameter(description = ApiDescription.PATH) @PathParam("path") String path,
            @Parameter(description = ApiDescription.SCORE) @PathParam("score") String score) {
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

    /** Up to today by default: cards stored for later days (a fixed now set back) are not today's history. */
    private List<SeriesPoint> scoreSeries(ProjectId id, String metric, Bucket bucket, LocalDate from, LocalDate to) {
        return ScoreSeries.of(cards.history(id, ScoreCardCalculator.RULESET,
                        from == null ? LocalDate.of(1970, 1, 1) : from, to == null ? today() : to),
                SCORE_SERIES.get(metric), bucket);
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
