package io.forgepulse.web;

import java.util.List;

/**
 * The form of the comparison page: the tracked projects to tick, the profiles, what is chosen now, and the API's
 * sentence when the request could not be compared.
 *
 * @param trackExample a {@code forgepulse.track} value that adds a second project to the ones tracked now, shown
 *     when fewer than two are tracked
 */
public record CompareForm(List<CompareModel.Pick> tracked, List<String> profiles, String profile, String selection,
        String error, String trackExample) {

    /** The placeholder project the explanation shows how to add. */
    static final String EXAMPLE = "git:other=/path/to/repository";

    static String trackExample(List<String> tracked) {
        // The ids only: a stored location may be private, and the operator knows where their projects are.
        List<String> shown = tracked.stream().limit(3).map(id -> id + "=…").toList();
        return "forgepulse.track=" + String.join(", ", shown) + (shown.isEmpty() ? "" : ", ") + EXAMPLE;
    }

    /** Fewer than two tracked projects: nothing to compare, so the page says how to track another. */
    public boolean needsAnother() {
        return tracked.size() < 2;
    }

    /** The one tracked project, when there is exactly one. */
    public String onlyTracked() {
        return tracked.size() == 1 ? tracked.get(0).id() : null;
    }
}
