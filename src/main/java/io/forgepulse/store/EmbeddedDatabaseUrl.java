package io.forgepulse.store;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the embedded H2 URL from {@code forgepulse.data-dir}. H2 refuses paths that are implicitly relative
 * ({@code jdbc:h2:file:data/x}), so a relative data directory is made explicit ({@code ./data/x}) and an absolute
 * one is kept. Its low ordinal lets any explicitly configured URL win.
 *
 * <p>The first read of the URL, when the datasource is configured at run time and before the pool opens a
 * connection, also makes the data directory owner-only and opens the file once ({@link EmbeddedDatabase}); an
 * explicitly configured URL is never read from here, so it is left as it is.
 */
public class EmbeddedDatabaseUrl implements ConfigSourceFactory {

    static final String KEY = "quarkus.datasource.h2.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String dir = valueOr(context, "forgepulse.data-dir", "data").trim();
        String user = valueOr(context, "quarkus.datasource.h2.username", "sa");
        String password = valueOr(context, "quarkus.datasource.h2.password", "");
        // With PostgreSQL active (the 'pg' profile) the H2 file is neither created nor opened; nor while the build
        // reads configuration, which would open a database in the build's working directory.
        boolean active = Boolean.parseBoolean(valueOr(context, "quarkus.datasource.h2.active", "true")) && running();
        return List.of(new Source(dir, user, password, active));
    }

    /**
     * Whether this is the running service: the packaged one (RunnerClassLoader), or tests and dev mode (Quarkus's
     * runtime class loader); not the build's deployment class loader, nor a tool that only reads configuration.
     */
    private static boolean running() {
        ClassLoader loader = EmbeddedDatabaseUrl.class.getClassLoader();
        String name = loader.getClass().getName() + " " + loader;
        return name.contains("RunnerClassLoader") || name.contains("Runtime ClassLoader");
    }

    private static String valueOr(ConfigSourceContext context, String key, String fallback) {
        ConfigValue value = context.getValue(key);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? fallback : value.getValue();
    }

    static String url(String dataDir) {
        Path path = Path.of(dataDir);
        String file = path.isAbsolute() || dataDir.startsWith("./") || dataDir.startsWith("~")
                ? dataDir : "./" + dataDir;
        // WRITE_DELAY=0: a committed batch and its cursor reach the file at commit, so even SIGKILL keeps them.
        return "jdbc:h2:file:" + (file.endsWith("/") ? file : file + "/") + EmbeddedDatabase.NAME + ";WRITE_DELAY=0";
    }

    /** The one key, whose first read prepares the file it names. */
    private static final class Source implements ConfigSource {

        private final String dataDir;
        private final String user;
        private final String password;
        private final boolean active;

        Source(String dataDir, String user, String password, boolean active) {
            this.dataDir = dataDir;
            this.user = user;
            this.password = password;
            this.active = active;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of(KEY);
        }

        @Override
        public Map<String, String> getProperties() {
            return Map.of(KEY, url(dataDir));
        }

        @Override
        public String getValue(String name) {
            if (!KEY.equals(name)) {
                return null;
            }
            String url = url(dataDir);
            if (active) {
                EmbeddedDatabase.open(Path.of(dataDir.startsWith("~")
                        ? System.getProperty("user.home") + dataDir.substring(1) : dataDir), url, user, password);
            }
            return url;
        }

        @Override
        public int getOrdinal() {
            return 90;
        }

        @Override
        public String getName() {
            return "forgepulse embedded database URL";
        }
    }
}
