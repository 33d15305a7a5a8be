package io.forgepulse.forge.git;

import java.util.regex.Pattern;

/**
 * What a CONTRIBUTING file asks of contributors' rights: a Developer Certificate of Origin (sign-offs) or a
 * Contributor License Agreement. When a file mentions both, "dco" wins: a sign-off is checkable in every
 * commit, and files that mention a CLA next to a DCO usually say that no CLA is needed.
 */
final class ContributingText {

    private static final Pattern DCO = Pattern.compile(
            " developer certificate of origin | signed off by | git commit s | signoff | dco ");
    private static final Pattern CLA = Pattern.compile(
            " contributor licen[cs]e agreement| cla | easycla | cla assistant ");

    private ContributingText() {
    }

    /** "dco", "cla" or null, as {@code FileKind.CONTRIBUTING} documents. */
    static String detail(String text) {
        if (text == null) {
            return null;
        }
        String normalized = LicenseText.normalize(MarkupText.prose(text));
        if (DCO.matcher(normalized).find()) {
            return "dco";
        }
        return CLA.matcher(normalized).find() ? "cla" : null;
    }
}
