package io.forgepulse.store;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Derives the embedded H2 URL from {@code forgepulse.data-dir}. H2 refuses paths that are implicitly relative
 * ({@code jdbc:h2:file:data/x}), so a relative data directory is made explicit ({@code ./data/x}) and an absolute
 * one is kept. Its low ordinal lets any explicitly configured URL win.
 */
public class EmbeddedDatabaseUrl implements ConfigSourceFactory {

    static final String KEY = "quarkus.datasource.h2.jdbc.url";

    @Override
    public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue dataDir = context.getValue("forgepulse.data-dir");
        String dir = dataDir == null || dataDir.getValue() == null || dataDir.getValue().isBlank()
                ? "data" : dataDir.getValue().trim();
        return List.of(new MapBackedConfigSource("forgepulse embedded database URL", Map.of(KEY, url(dir)), 90) {
        });
    }

    static String url(String dataDir) {
        Path path = Path.of(dataDir);
        String file = path.isAbsolute() || dataDir.startsWith("./") || dataDir.startsWith("~")
                ? dataDir : "./" + dataDir;
        // WRITE_DELAY=0: a committed batch and its cursor reach the file at commit, so even SIGKILL keeps them.
        return "jdbc:h2:file:" + (file.endsWith("/") ? file : file + "/") + "forgepulse;WRITE_DELAY=0";
    }
}
