package io.forgepulse.pipeline;

import io.forgepulse.scoring.SelectionProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The selection profiles: {@code NAME.properties} files in {@code forgepulse.profiles-dir}, then the shipped ones
 * packaged on the classpath from the repository's {@code config/profiles} (so a service started elsewhere still has
 * them). A file in the directory wins over a shipped profile of the same name. Files are read on every request, so
 * a profile dropped into the directory is usable at once.
 */
@ApplicationScoped
public class ProfileCatalog {

    /** Where pom.xml packages {@code config/profiles}. */
    static final String CLASSPATH_DIR = "forgepulse/profiles/";
    /** The shipped profiles (a classpath directory cannot be listed inside a jar). */
    static final List<String> SHIPPED = List.of("library-adoption", "maintainer-self-check", "security-sensitive",
            "vendor-independence");
    private static final String SUFFIX = ".properties";
    // No dots or slashes: a name never leaves the profiles directory.
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Logger LOG = Logger.getLogger(ProfileCatalog.class);

    private final Path dir;

    @Inject
    ProfileCatalog(PipelineConfig config) {
        this(Path.of(config.profilesDir()));
    }

    ProfileCatalog(Path dir) {
        this.dir = dir;
    }

    /** Every profile name available, sorted. */
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>(SHIPPED);
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    name = name.substring(0, name.length() - SUFFIX.length());
                    if (NAME.matcher(name).matches()) {
                        names.add(name);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list profiles in " + dir, e);
            }
        }
        return List.copyOf(names);
    }

    /**
     * The profile of that name, empty when there is none; throws {@link IllegalArgumentException} naming the file and
     * line when the profile is malformed.
     */
    public Optional<SelectionProfile> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = dir.resolve(name + SUFFIX);
        try {
            if (Files.isRegularFile(file)) {
                return Optional.of(SelectionProfile.parse(name, file.toString(),
                        Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
            String resource = CLASSPATH_DIR + name + SUFFIX;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return Optional.empty();
                }
                List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .toList();
                return Optional.of(SelectionProfile.parse(name, "classpath:" + resource, lines));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read profile " + name, e);
        }
    }

    // Malformed profiles are reported at start-up, so an operator sees them before a user asks for one.
    void check(@Observes StartupEvent event) {
        for (String name : names()) {
            try {
                find(name);
            } catch (IllegalArgumentException e) {
                LOG.errorf("selection profile '%s' is malformed and cannot be used: %s", name, e.getMessage());
            }
        }
    }
}
