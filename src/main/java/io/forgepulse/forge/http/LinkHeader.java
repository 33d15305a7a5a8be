package io.forgepulse.forge.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** RFC 8288 {@code Link} header paging, as GitHub and GitLab send it. */
public final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]*)\"");

    private LinkHeader() {
    }

    /** The URL of the given relation ("next", "last"), or null. */
    public static String url(String header, String relation) {
        if (header == null) {
            return null;
        }
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            for (String rel : m.group(2).split("\\s+")) {
                if (rel.equals(relation)) {
                    return m.group(1);
                }
            }
        }
        return null;
    }
}
