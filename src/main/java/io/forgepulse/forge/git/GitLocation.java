package io.forgepulse.forge.git;

import io.forgepulse.domain.UrlCredentials;
import io.forgepulse.forge.ForgeException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A validated {@code TrackedProject.location}: either a local directory (working tree or bare repository) or a
 * clone URL. Anything else is refused before git sees it, because git treats a leading {@code -} as an option
 * and schemes such as {@code ext::} or {@code ssh://} can run commands or prompt for keys.
 *
 * @param directory the local directory, or null for a URL
 * @param url the clone URL, or null for a local directory
 */
record GitLocation(Path directory, String url) {

    static final String ACCEPTED = "a local path to a working tree or bare repository, or a file://, https:// or http:// clone URL";

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://");
    /** scp-like {@code host:path} or a transport helper {@code helper::address}; a Windows drive letter is allowed. */
    private static final Pattern OTHER_TRANSPORT = Pattern.compile("^(?![A-Za-z]:[\\\\/])[^/\\\\]*:");

    static GitLocation parse(String location) throws ForgeException {
        if (location == null || location.isBlank()) {
            throw new ForgeException("a git project needs a location: " + ACCEPTED);
        }
        String value = location.strip();
        if (value.startsWith("-")) {
            throw new ForgeException("'" + UrlCredentials.redacted(value) + "' is not accepted as a git location (it would be read"
                    + " as an option); use " + ACCEPTED);
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new ForgeException("a git location must not contain control characters; use " + ACCEPTED);
        }
        var scheme = SCHEME.matcher(value);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!name.equals("file") && !name.equals("https") && !name.equals("http")) {
                throw new ForgeException("the " + name + ":// scheme is not accepted for '" + UrlCredentials.redacted(value)
                        + "'; use " + ACCEPTED);
            }
            if (value.length() == scheme.end()) {
                throw new ForgeException("'" + value + "' names no repository; use " + ACCEPTED);
            }
            return new GitLocation(null, value);
        }
        if (OTHER_TRANSPORT.matcher(value).find()) {
            throw new ForgeException("'" + UrlCredentials.redacted(value) + "' is not accepted as a git location; use " + ACCEPTED);
        }
        Path directory;
        try {
            directory = Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ForgeException("'" + value + "' is not a valid path; use " + ACCEPTED, e);
        }
        if (!Files.isDirectory(directory)) {
            throw new ForgeException("no directory at " + directory + "; use " + ACCEPTED);
        }
        return new GitLocation(directory, null);
    }

    boolean isUrl() {
        return url != null;
    }
}
