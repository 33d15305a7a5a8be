package io.forgepulse.forge.git;

import java.util.regex.Pattern;

/**
 * The prose of a Markdown/HTML policy file. Many projects (all of the ASF's) open theirs with a license header in
 * an HTML comment: "... under one or more contributor license agreements ... http://www.apache.org/licenses/",
 * which would otherwise read as a CLA requirement and a security contact.
 */
final class MarkupText {

    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);

    private MarkupText() {
    }

    static String prose(String text) {
        return HTML_COMMENT.matcher(text).replaceAll(" ");
    }
}
