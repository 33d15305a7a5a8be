package io.forgepulse.forge.git;

import io.forgepulse.domain.UrlCredentials;
import io.forgepulse.forge.ForgeException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which git locations the operator allows ({@code forgepulse.git.allowed-locations}): local directories under a path
 * prefix, and clone URLs under a URL prefix (same scheme, host and port, path at a segment boundary). A
 * {@code file://} URL is a local directory and so needs a path prefix. No prefix at all allows every location.
 */
public final class LocationPolicy {

    /** The configuration key operators set, named in every refusal so they know what to change. */
    static final String KNOB = "forgepulse.git.allowed-locations";

    /** Every location the git connector accepts at all. */
    public static final LocationPolicy ALLOW_ALL = new LocationPolicy(List.of(), List.of());

    private final List<Path> directories;
    private final List<URI> urls;

    private LocationPolicy(List<Path> directories, List<URI> urls) {
        this.directories = directories;
        this.urls = urls;
    }

    /** Reads the prefixes; throws {@link IllegalArgumentException} with a sentence for an entry that is neither. */
    public static LocationPolicy of(List<String> prefixes) {
        List<Path> directories = new ArrayList<>();
        List<URI> urls = new ArrayList<>();
        for (String prefix : prefixes) {
            String value = prefix.strip();
            if (value.isEmpty()) {
                continue;
            }
            if (value.regionMatches(true, 0, "file:", 0, 5)) {
                directories.add(canonical(Path.of(uri(value))));
            } else if (value.contains("://")) {
                URI url = uri(value);
                if (url.getHost() == null) {
                    throw new IllegalArgumentException(KNOB + ": '" + value + "' names no host");
                }
                urls.add(url);
            } else {
                directories.add(canonical(path(value)));
            }
        }
        return new LocationPolicy(List.copyOf(directories), List.copyOf(urls));
    }

    /** Throws with a sentence naming the knob when {@code location} (a path or clone URL) is not allowed. */
    public void check(String location) throws ForgeException {
        if (directories.isEmpty() && urls.isEmpty()) {
            return;
        }
        String value = location == null ? "" : location.strip();
        boolean allowed;
        try {
            if (value.regionMatches(true, 0, "file:", 0, 5)) {
                Path directory = canonical(Path.of(uri(value)));
                allowed = directories.stream().anyMatch(directory::startsWith);
            } else if (value.contains("://")) {
                URI url = uri(value);
                allowed = urls.stream().anyMatch(prefix -> under(url, prefix));
            } else {
                Path directory = canonical(path(value));
                allowed = directories.stream().anyMatch(directory::startsWith);
            }
        } catch (IllegalArgumentException e) {
            allowed = false;
        }
        if (!allowed) {
            throw new ForgeException("'" + UrlCredentials.redacted(value) + "' is outside the locations this service"
                    + " may read: " + KNOB + " allows " + describe());
        }
    }

    private String describe() {
        List<String> all = new ArrayList<>();
        directories.forEach(d -> all.add(d.toString()));
        urls.forEach(u -> all.add(u.toString()));
        return String.join(", ", all);
    }

    private static boolean under(URI url, URI prefix) {
        if (url.getScheme() == null || url.getHost() == null
                || !url.getScheme().equalsIgnoreCase(prefix.getScheme())
                || !url.getHost().equalsIgnoreCase(prefix.getHost())
                || port(url) != port(prefix)) {
            return false;
        }
        String path = url.normalize().getPath();
        String allowed = prefix.normalize().getPath();
        if (path.contains("/../") || path.endsWith("/..")) {
            return false; // normalize keeps a leading '..'; never let it climb out of the prefix
        }
        if (allowed == null || allowed.isEmpty() || allowed.equals("/")) {
            return true;
        }
        String base = allowed.endsWith("/") ? allowed : allowed + "/";
        return path.equals(allowed) || path.startsWith(base);
    }

    private static int port(URI url) {
        if (url.getPort() >= 0) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : "http".equalsIgnoreCase(url.getScheme()) ? 80 : -1;
    }

    private static URI uri(String value) {
        try {
            URI uri = new URI(value);
            return new URI(uri.getScheme().toLowerCase(Locale.ROOT), uri.getAuthority(), uri.getPath(), null, null);
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalArgumentException("'" + UrlCredentials.redacted(value) + "' is not a valid URL", e);
        }
    }

    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + value + "' is not a valid path", e);
        }
    }

    /** Symbolic links resolved where the path exists, so a link inside an allowed directory cannot lead out of it. */
    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }
}
