package io.forgepulse.pipeline;

import io.forgepulse.identity.IdentityResolver;
import io.forgepulse.identity.IdentityRules;
import io.forgepulse.identity.OperatorIdentities;
import io.forgepulse.scoring.ScoringRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/** Turns configuration into the rule values the pure identity and scoring packages take as parameters. */
@ApplicationScoped
class RulesProducer {

    private static final Logger LOG = Logger.getLogger(RulesProducer.class);

    @Produces
    @Singleton
    IdentityResolver identityResolver(PipelineConfig config) {
        IdentityRules defaults = IdentityRules.defaults();
        PipelineConfig.Identity identity = config.identity();
        Set<String> bots = new HashSet<>(defaults.botNames());
        identity.bots().ifPresent(extra -> extra.forEach(b -> bots.add(b.toLowerCase(Locale.ROOT))));
        Map<String, String> configured = identity.organizations().map(IdentityRules::parseDomainMap).orElse(Map.of());
        return new IdentityResolver(new IdentityRules(IdentityRules.shippedOrganizationsWith(configured), bots,
                defaults.publicMailDomains(), identity.foundationDomains().orElse(defaults.foundationDomains()),
                operatorIdentities(Path.of(identity.file()))));
    }

    /** A missing file is no identities; one that does not parse stops start-up with the line at fault. */
    private static OperatorIdentities operatorIdentities(Path file) {
        if (!Files.isRegularFile(file)) {
            return OperatorIdentities.NONE;
        }
        try {
            OperatorIdentities identities = OperatorIdentities.parse(Files.readString(file, StandardCharsets.UTF_8));
            LOG.infof("identities file %s: %d people, %d split aliases", file, identities.people().size(), identities.split().size());
            return identities;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the identities file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    @Produces
    @Singleton
    ScoringRules scoringRules(PipelineConfig config) {
        ScoringRules defaults = ScoringRules.defaults();
        return new ScoringRules(config.scoring().foundations().orElse(defaults.foundations()),
                config.scoring().ownerDomains().orElse(defaults.ownerDomains()));
    }
}
