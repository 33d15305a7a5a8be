package io.forgepulse.forge.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** RFC 8288 {@code Link} header paging, as GitHub and GitLab send it. */
public final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]*)\"");
    private static final Pattern TARGET = Pattern.compile("<([^>]*)>");

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

    /** Every URL the header names, whatever its relation or syntax around it. */
    static List<String> urls(String header) {
        List<String> urls = new ArrayList<>();
        if (header != null) {
            Matcher m = TARGET.matcher(header);
            while (m.find()) {
                urls.add(m.group(1));
            }
        }
        return urls;
    }
}
