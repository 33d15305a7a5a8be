package io.forgepulse.pipeline;

import io.forgepulse.identity.IdentityResolver;
import io.forgepulse.identity.IdentityRules;
import io.forgepulse.scoring.ScoringRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.Set;

/** Turns configuration into the rule values the pure identity and scoring packages take as parameters. */
@ApplicationScoped
class RulesProducer {

    @Produces
    @Singleton
    IdentityResolver identityResolver(PipelineConfig config) {
        IdentityRules defaults = IdentityRules.defaults();
        Set<String> bots = new HashSet<>(defaults.botNames());
        config.identity().bots().ifPresent(extra -> extra.forEach(b -> bots.add(b.toLowerCase(java.util.Locale.ROOT))));
        return new IdentityResolver(new IdentityRules(
                config.identity().organizations().map(IdentityRules::parseDomainMap).orElse(defaults.domainOrganizations()),
                bots, defaults.publicMailDomains()));
    }

    @Produces
    @Singleton
    ScoringRules scoringRules(PipelineConfig config) {
        ScoringRules defaults = ScoringRules.defaults();
        return new ScoringRules(config.scoring().foundations().orElse(defaults.foundations()),
                config.scoring().ownerDomains().orElse(defaults.ownerDomains()), defaults.botNames());
    }
}
