package io.forgepulse.api;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The parts of the OpenAPI description (/q/openapi) that every operation shares: the admin bearer scheme and the
 * error answers, each an RFC 9457 {@link Problem} as {@code application/problem+json}, which operations name by
 * reference ({@code ref = ApiDescription.NOT_FOUND}) so that each is written once. SmallRye reads the definition from
 * an {@link Application}; this one adds no path and leaves resource discovery as it is.
 */
@OpenAPIDefinition(
        info = @Info(title = "forgepulse", version = "v1", description = "Community-health analytics: tracked"
                + " projects, their activity, diversity and maturity scores, series, contributors, pulse, badges and"
                + " QSOS-style comparisons. Errors are application/problem+json (RFC 9457)."),
        components = @Components(responses = {
            @APIResponse(name = ApiDescription.BAD_REQUEST, responseCode = "400",
                    description = "The input is malformed or out of range; the detail says what to send instead",
                    content = @Content(mediaType = ApiDescription.PROBLEM,
                            schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiDescription.UNAUTHORIZED, responseCode = "401",
                    description = "No bearer token, or not the admin token",
                    content = @Content(mediaType = ApiDescription.PROBLEM,
                            schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiDescription.FORBIDDEN, responseCode = "403",
                    description = "Changes are off: the service has no admin token (FORGEPULSE_ADMIN_TOKEN)",
                    content = @Content(mediaType = ApiDescription.PROBLEM,
                            schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiDescription.NOT_FOUND, responseCode = "404",
                    description = "The project is not tracked, or has no scores yet (the detail says why)",
                    content = @Content(mediaType = ApiDescription.PROBLEM,
                            schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiDescription.CONFLICT, responseCode = "409",
                    description = "The change conflicts with the current state (tracked already, or tracked by"
                            + " configuration)",
                    content = @Content(mediaType = ApiDescription.PROBLEM,
                            schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiDescription.TOO_LARGE, responseCode = "413",
                    description = "The request body is over the size this service takes",
                    content = @Content(mediaType = ApiDescription.PROBLEM,
                            schema = @Schema(implementation = Problem.class)))
        }))
@SecurityScheme(securitySchemeName = ApiDescription.ADMIN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The admin token (FORGEPULSE_ADMIN_TOKEN) as Authorization: Bearer TOKEN; changes need it")
public class ApiDescription extends Application {

    static final String PROBLEM = "application/problem+json";
    static final String ADMIN = "admin";
    static final String BAD_REQUEST = "BadRequest";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String FORBIDDEN = "Forbidden";
    static final String NOT_FOUND = "NotFound";
    static final String CONFLICT = "Conflict";
    static final String TOO_LARGE = "TooLarge";

    /** Parameter descriptions, written once for the operations that share them. */
    static final String FORGE = "The forge of the project: github, gitlab, gitee or git";
    static final String PATH = "The project's path on its forge, with its own slashes (owner/name, group/sub/name,"
            + " or the NAME of a git project)";

    static final String PERIOD = "The period to summarize: P7D or P30D (ISO-8601 days, at most P366D); P7D when absent";
    static final String PROFILE = "A selection profile (its NAME) whose weights apply";
    static final String METRIC = "The metric: commits, authors, new_contributors, issues_opened, issues_closed,"
            + " prs_opened, prs_merged, releases, activity_index, or a score (score_activity, score_diversity,"
            + " score_maturity: each past month's value is its month-end card, the current month's today's card)";
    static final String BUCKET = "week or month";
    static final String FROM = "The first day (YYYY-MM-DD), inclusive; from the beginning when absent";
    static final String TO = "The last day (YYYY-MM-DD), inclusive; up to today when absent";
    static final String PAGE = "The page of the project list, from 0 (the first, when absent)";
    static final String SIZE = "Projects per page, 1 to 1000; 100 when absent";
    static final String FORGE_FILTER = "Only the projects of this forge: github, gitlab, gitee or git";
    static final String OUTCOME = "Only the projects whose last harvest ended so: success, failure, running,"
            + " interrupted, or none (never harvested)";
    static final String LIMIT = "At most this many people (1 to 1000)";
    static final String SCORE = "activity, diversity or maturity";
    static final String CANDIDATE = "A candidate project id (forge:path); repeat for each candidate";
    static final String COMPARE_PROFILE = PROFILE + "; " + CompareResource.DEFAULT_PROFILE + " when absent";
    static final String SELECTION = "loose (rank everyone, show gaps) or strict (drop candidates with gaps); loose"
            + " when absent";
    static final String TRACK = "true: start tracking the untracked forge candidates (needs the admin token)";
}
