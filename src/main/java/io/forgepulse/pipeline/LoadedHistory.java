package io.forgepulse.pipeline;

import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.identity.Alias;
import java.util.Map;

/** A project's stored history with the people its identities were merged into. */
record LoadedHistory(ProjectHistory history, Map<Alias, Person> people) {
}
