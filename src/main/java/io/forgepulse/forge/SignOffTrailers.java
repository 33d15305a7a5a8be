package io.forgepulse.forge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Collects the {@code Signed-off-by} values of one commit message, fed line by line, the way git's own trailer
 * parser decides (so the result agrees with {@code %(trailers:key=Signed-off-by)}): only the last paragraph
 * counts, never the subject paragraph, and only when that paragraph is a trailer block: at least a quarter of
 * its lines are trailers ({@code Signed-off-by} being one git itself writes). A sign-off quoted in the middle
 * of a message is not a sign-off. Shared by the connectors, so a commit read from a mirror or from a forge's API
 * gets the same answer.
 */
public final class SignOffTrailers {

    private static final Pattern TRAILER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]*\\s*:.*");
    private static final String KEY = "signed-off-by:";

    private int paragraph;
    private boolean sawText;
    private boolean pendingBreak;
    private int trailerLines;
    private int otherLines;
    private final List<String> values = new ArrayList<>(2);

    /** The sign-offs of a whole message. */
    public static List<String> of(String message) {
        SignOffTrailers trailers = new SignOffTrailers();
        if (message != null) {
            message.lines().forEach(trailers::line);
        }
        return trailers.values();
    }

    public void line(String text) {
        if (text.isBlank()) {
            pendingBreak = sawText;
            return;
        }
        if (pendingBreak) {
            paragraph++;
            trailerLines = 0;
            otherLines = 0;
            values.clear();
            pendingBreak = false;
        }
        sawText = true;
        if (paragraph == 0) {
            return;
        }
        if (Character.isWhitespace(text.charAt(0)) && trailerLines > 0) {
            return; // continuation of the previous trailer's value
        }
        if (TRAILER.matcher(text).matches()) {
            trailerLines++;
            if (text.length() > KEY.length() && text.substring(0, KEY.length()).toLowerCase(Locale.ROOT).equals(KEY)) {
                String value = text.substring(KEY.length()).strip();
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
        } else {
            otherLines++;
        }
    }

    public List<String> values() {
        if (values.isEmpty() || trailerLines * 3 < otherLines) {
            return List.of();
        }
        return List.copyOf(values);
    }
}
