package io.forgepulse.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What a harvest reads before it decides whether to read the forge at all, in one statement: the project's latest
 * run, the connector state stored after its last complete harvest, and the ruleset and time of its present card.
 *
 * @param latest the run with the highest id, if any
 * @param state the stored position of the state stream, if any
 * @param cardRuleset the present card's ruleset, empty when there is no present card
 * @param cardComputedAt when the present card was computed, empty when there is none
 */
public record LastCheck(Optional<HarvestRun> latest, Optional<String> state, Optional<String> cardRuleset,
        Optional<Instant> cardComputedAt) {
}
