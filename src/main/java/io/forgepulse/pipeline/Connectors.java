package io.forgepulse.pipeline;

import io.forgepulse.domain.Forge;
import io.forgepulse.forge.ForgeConnector;
import io.forgepulse.forge.git.GitConnector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The connector of each forge this build supports. */
@ApplicationScoped
public class Connectors {

    private final Map<Forge, ForgeConnector> byForge = new EnumMap<>(Forge.class);

    @Inject
    Connectors(PipelineConfig config, Clock clock) {
        byForge.put(Forge.GIT, new GitConnector(Path.of(config.dataDir(), "mirrors"), config.harvest().batchSize(), clock));
    }

    public Optional<ForgeConnector> of(Forge forge) {
        return Optional.ofNullable(byForge.get(forge));
    }

    public boolean supports(Forge forge) {
        return byForge.containsKey(forge);
    }
}
