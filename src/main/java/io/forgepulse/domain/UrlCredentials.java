package io.forgepulse.domain;

import java.util.regex.Pattern;

/** Shows text (a location, an error message) without the credentials a URL may carry ({@code https://user:token@host/...}). */
public final class UrlCredentials {

    private static final Pattern USER_INFO = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\\s]*@");

    private UrlCredentials() {
    }

    public static String redacted(String location) {
        return location == null ? null : USER_INFO.matcher(location).replaceAll("$1");
    }
}
