package io.forgepulse.web;

import java.util.List;

/**
 * The form of the comparison page: the tracked projects to tick, the profiles, what is chosen now, and the API's
 * sentence when the request could not be compared.
 */
public record CompareForm(List<CompareModel.Pick> tracked, List<String> profiles, String profile, String selection,
        String error) {
}
