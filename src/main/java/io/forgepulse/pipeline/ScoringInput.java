package io.forgepulse.pipeline;

import io.forgepulse.domain.HistoryFacts;
import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.identity.Alias;
import java.util.Map;

/**
 * A score card's input seen from one instant: the events of its windows, the whole history's facts beyond them, and
 * the people every alias of the whole history was merged into.
 */
record ScoringInput(ProjectHistory windows, HistoryFacts whole, Map<Alias, Person> people) {
}
