package io.forgepulse.forge;

/**
 * What a connector can read besides commits and releases, declared by the connector itself so the service asks it
 * rather than testing which forge a project is on.
 */
public enum Capability {

    /** Issues, change requests and their comments: the tracker a plain git repository does not have. */
    TRACKER,

    /**
     * Finds the project's repository from its id alone (the forge's API names the clone URL); a project of a connector
     * without it (plain git) is named by its location, which must be given and pass the location rules.
     */
    FINDS_REPOSITORY
}
