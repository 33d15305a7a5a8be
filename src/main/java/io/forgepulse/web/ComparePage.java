package io.forgepulse.web;

import io.forgepulse.api.CompareResource;
import io.forgepulse.api.ComparisonCsv;
import io.forgepulse.api.ComparisonView;
import io.forgepulse.api.ProblemException;
import io.forgepulse.api.ProjectViews;
import io.forgepulse.api.ProjectsResource;
import io.forgepulse.pipeline.ProfileCatalog;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /compare}: the comparison {@code GET /api/v1/compare} answers, as a QSOS table with a form to pick the
 * candidates, profile and selection; {@code /compare.md} and {@code /compare.csv} download the same comparison.
 */
@Path("/")
public class ComparePage {

    private final CompareResource api;
    private final ProjectsResource projects;
    private final ProfileCatalog profiles;
    private final PageContext context;
    private final Template compare;

    @Inject
    ComparePage(CompareResource api, ProjectsResource projects, ProfileCatalog profiles, PageContext context,
            @Location("web/compare.html") Template compare) {
        this.api = api;
        this.projects = projects;
        this.profiles = profiles;
        this.context = context;
        this.compare = compare;
    }

    @GET
    @Path("compare")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page(@QueryParam("project") List<String> candidates, @QueryParam("profile") String profile,
            @QueryParam("selection") String selection, @Context UriInfo uri, @Context HttpHeaders headers) {
        Locale locale = context.locale(uri, headers);
        List<String> tracked = projects.firstPage().stream().map(ProjectViews.Summary::id).toList();
        List<String> chosen = candidates == null ? List.of() : candidates.stream().filter(c -> !c.isBlank()).toList();
        ComparisonView view = null;
        String error = null;
        int status = 200;
        if (!chosen.isEmpty()) {
            try {
                view = api.json(chosen, profile, selection, false, headers);
            } catch (ProblemException e) {
                error = Explanations.of(e.getMessage(), locale);
                status = e.status();
            }
        }
        String chosenProfile = view != null ? view.profile() : profile == null || profile.isBlank()
                ? CompareResource.DEFAULT_PROFILE : profile;
        String chosenSelection = view != null ? view.selection() : "strict".equals(selection) ? "strict" : "loose";
        String query = uri.getRequestUri().getRawQuery();
        CompareModel model = view == null ? null
                : CompareModel.of(view, query, locale, context.words(locale));
        return context.answer(status, compare.data("page", model).data("frame", context.frame(uri, locale, "compare"))
                .data("form", new CompareForm(tracked.stream().map(id -> new CompareModel.Pick(id, chosen.contains(id)))
                        .toList(), profiles.names(), chosenProfile, chosenSelection, error,
                        CompareForm.trackExample(tracked))), locale, uri);
    }

    @GET
    @Path("compare.md")
    @Produces(CompareResource.MARKDOWN + ";charset=UTF-8")
    @Operation(hidden = true)
    public Response markdown(@QueryParam("project") List<String> candidates, @QueryParam("profile") String profile,
            @QueryParam("selection") String selection, @Context HttpHeaders headers) {
        return download(api.markdown(candidates, profile, selection, false, headers), "comparison.md");
    }

    @GET
    @Path("compare.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(hidden = true)
    public Response csv(@QueryParam("project") List<String> candidates, @QueryParam("profile") String profile,
            @QueryParam("selection") String selection, @Context HttpHeaders headers) {
        return download(ComparisonCsv.render(api.json(candidates, profile, selection, false, headers)),
                "comparison.csv");
    }

    private static Response download(String body, String name) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
