package io.forgepulse.pipeline;

import io.forgepulse.domain.BoundedText;
import io.forgepulse.domain.UrlCredentials;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.store.StoreRefused;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a harvest failed, as {@code harvest_run.message} keeps it and the API serves it to anyone: a sentence without
 * SQL, bound values, stack traces, credentials or paths of this host. A connector's {@link ForgeException} says
 * what failed in its own words (with credentials and host paths taken out); a store refusal is the store's plain
 * sentence; anything else is named by its type only. The full detail goes to the service log, never here.
 */
final class PublicMessage {

    /** A public message is short: it names what failed, the log has the rest. */
    static final int MAX = 500;

    private static final String ELSEWHERE = "; details in the service log";

    private final List<String> hostPaths;

    /** @param hostPaths directories whose names must not be shown (data directory, working and home directories) */
    PublicMessage(List<String> hostPaths) {
        this.hostPaths = hostPaths.stream().filter(Objects::nonNull).map(String::strip)
                .filter(p -> p.length() > 1).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The data directory as configured and absolute, the working directory, the home and temporary directories. */
    static PublicMessage forHost(String dataDir) {
        List<String> paths = new ArrayList<>(List.of(dataDir,
                Path.of(dataDir).toAbsolutePath().normalize().toString()));
        for (String property : List.of("user.dir", "user.home", "java.io.tmpdir")) {
            paths.add(System.getProperty(property));
        }
        return new PublicMessage(paths);
    }

    /** The sentence for {@code failure}; {@code location} (the local path the project was tracked with) is hidden too. */
    String of(Throwable failure, String location) {
        if (failure instanceof ForgeException || failure instanceof StoreRefused) {
            String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            return BoundedText.clipped(withoutHostPaths(UrlCredentials.redacted(text), location), MAX);
        }
        if (failure instanceof OutOfMemoryError) {
            return "the harvest ran out of memory" + ELSEWHERE;
        }
        return "the harvest failed unexpectedly (" + failure.getClass().getSimpleName() + ")" + ELSEWHERE;
    }

    private String withoutHostPaths(String text, String location) {
        String shown = text;
        List<String> paths = new ArrayList<>();
        if (location != null && !location.contains("://") && location.strip().length() > 1) {
            paths.add(location.strip());
            paths.add(Path.of(location.strip()).toAbsolutePath().normalize().toString());
        }
        paths.addAll(hostPaths);
        paths.sort(Comparator.comparingInt(String::length).reversed());
        for (String path : paths) {
            // The path and what follows it up to a space, quote or punctuation: a file or directory inside it.
            shown = Pattern.compile(Pattern.quote(path) + "[^\\s'\";:,)]*").matcher(shown)
                    .replaceAll(Matcher.quoteReplacement("…"));
        }
        return shown;
    }
}
