package io.forgepulse.api;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.pipeline.HarvestScheduler;
import io.forgepulse.pipeline.ProjectRegistry;
import io.forgepulse.scoring.CandidateRanking;
import io.forgepulse.scoring.Selection;
import io.forgepulse.scoring.SelectionProfile;
import io.forgepulse.store.ScoreCardStore;
import io.forgepulse.store.StoredProject;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** QSOS-style comparison of candidate projects under a selection profile (docs/scoring.md §8, DESIGN §5). */
@Path("/api/v1/compare")
public class CompareResource {

    public static final String MARKDOWN = "text/markdown";
    /** The profile used when none is named: the question most comparisons ask. */
    public static final String DEFAULT_PROFILE = "library-adoption";

    private final ProjectRegistry registry;
    private final ScoreCardStore cards;
    private final HarvestScheduler scheduler;
    private final ProfileParam profiles;
    private final AdminGuard guard;
    private final NoScoresReason noScores;

    @Inject
    CompareResource(ProjectRegistry registry, ScoreCardStore cards, HarvestScheduler scheduler, ProfileParam profiles,
            AdminGuard guard, NoScoresReason noScores) {
        this.registry = registry;
        this.cards = cards;
        this.scheduler = scheduler;
        this.profiles = profiles;
        this.guard = guard;
        this.noScores = noScores;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compare candidate projects",
            description = "Ranks the candidates QSOS-style under a selection profile, with the projects still waiting"
                    + " for scores (and why) and the untracked ones. With track=true, needs the admin token.")
    @APIResponse(responseCode = "200", description = "The ranking")
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN)
    public ComparisonView json(
            @Parameter(description = ApiDescription.CANDIDATE, required = true) @QueryParam("project")
            List<String> projects,
            @Parameter(description = ApiDescription.COMPARE_PROFILE) @QueryParam("profile") String profile,
            @Parameter(description = ApiDescription.SELECTION) @QueryParam("selection") String selection,
            @Parameter(description = ApiDescription.TRACK) @QueryParam("track") boolean track,
            @Context HttpHeaders headers) {
        return compare(projects, profile, selection, track, headers);
    }

    @GET
    @Produces(MARKDOWN + ";charset=UTF-8")
    @Operation(summary = "Compare candidate projects as a Markdown table",
            description = "The comparison of the JSON operation as a Markdown table (Accept: text/markdown).")
    @APIResponse(responseCode = "200", description = "The ranking as Markdown")
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN)
    public String markdown(
            @Parameter(description = ApiDescription.CANDIDATE, required = true) @QueryParam("project")
            List<String> projects,
            @Parameter(description = ApiDescription.COMPARE_PROFILE) @QueryParam("profile") String profile,
            @Parameter(description = ApiDescription.SELECTION) @QueryParam("selection") String selection,
            @Parameter(description = ApiDescription.TRACK) @QueryParam("track") boolean track,
            @Context HttpHeaders headers) {
        return ComparisonMarkdown.render(compare(projects, profile, selection, track, headers));
    }

    private ComparisonView compare(List<String> projectParams, String profileName, String selectionName, boolean track,
            HttpHeaders headers) {
        Set<ProjectId> ids = ids(projectParams);
        Selection selection = selection(selectionName);
        SelectionProfile profile = profiles.resolve(profileName, DEFAULT_PROFILE);
        List<ScoreCard> scored = new ArrayList<>();
        List<ComparisonView.Waiting> pending = new ArrayList<>();
        List<ComparisonView.Waiting> untracked = new ArrayList<>();
        boolean authorized = false;
        for (ProjectId id : ids) {
            Optional<StoredProject> stored = registry.find(id);
            if (stored.isEmpty() && track) {
                if (!authorized) {
                    guard.require(headers);
                    authorized = true;
                }
                stored = startTracking(id, untracked);
            } else if (stored.isEmpty()) {
                untracked.add(new ComparisonView.Waiting(id.value(), "not tracked: add track=true with the admin"
                        + " token, or POST it to /api/v1/projects, and compare again after its first harvest"));
            }
            if (stored.isPresent()) {
                Optional<ScoreCard> card = cards.latest(id);
                if (card.isPresent()) {
                    scored.add(card.get());
                } else {
                    pending.add(new ComparisonView.Waiting(id.value(), "tracked, " + noScores.of(id)
                            + "; compare again later"));
                }
            }
        }
        return ComparisonView.of(CandidateRanking.rank(scored, profile, selection), pending, untracked);
    }

    /** Tracks a forge project and queues its harvest; a git project needs a location, so it is explained instead. */
    private Optional<StoredProject> startTracking(ProjectId id, List<ComparisonView.Waiting> untracked) {
        if (registry.needsLocation(id)) {
            untracked.add(new ComparisonView.Waiting(id.value(), "a git project needs a location: POST {\"id\": \""
                    + id.value() + "\", \"location\": \"PATH or URL\"} to /api/v1/projects first"));
            return Optional.empty();
        }
        try {
            registry.track(id, null);
        } catch (IllegalArgumentException e) {
            untracked.add(new ComparisonView.Waiting(id.value(), "cannot be tracked: " + e.getMessage()));
            return Optional.empty();
        }
        Optional<StoredProject> stored = registry.find(id);
        stored.ifPresent(scheduler::harvestSoon);
        return stored;
    }

    private static Set<ProjectId> ids(List<String> values) {
        if (values == null || values.stream().allMatch(v -> v == null || v.isBlank())) {
            throw ProblemException.badRequest("name at least one candidate: ?project=git:NAME&project=github:owner/name");
        }
        Set<ProjectId> ids = new LinkedHashSet<>();
        for (String value : values) {
            try {
                ids.add(ProjectPaths.parse(value));
            } catch (ProblemException e) {
                throw ProblemException.badRequest("project=" + value + ": " + e.getMessage());
            }
        }
        return ids;
    }

    private static Selection selection(String value) {
        if (value == null || value.isBlank()) {
            return Selection.LOOSE;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "loose" -> Selection.LOOSE;
            case "strict" -> Selection.STRICT;
            default -> throw ProblemException.badRequest("selection=" + value + " is not a selection: use loose (rank"
                    + " everyone, show gaps) or strict (drop candidates with gaps)");
        };
    }
}
