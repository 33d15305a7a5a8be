package io.forgepulse.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Everything the harvest pipeline reads from configuration (prefix {@code forgepulse}). */
@ConfigMapping(prefix = "forgepulse")
public interface PipelineConfig {

    /** Directory for the embedded database, git mirrors and caches; relative paths start at the working directory. */
    @WithDefault("data")
    String dataDir();

    /**
     * Projects to track: {@code github:owner/name}, {@code git:NAME=LOCATION} (LOCATION a path or clone URL),
     * comma-separated. application.properties sets {@code git:forgepulse=.}: the service's own repository.
     */
    Optional<List<String>> track();

    /**
     * Freezes the scoring "now" (score cards, series and pulse windows) at this instant, for reproducible reports and
     * tests; harvest times stay the system's. Unset means the system clock.
     */
    Optional<Instant> fixedNow();

    /**
     * Directory of selection profiles ({@code NAME.properties}) for comparisons; relative paths start at the working
     * directory. The four shipped profiles are also read from the classpath, so they work from any directory.
     */
    @WithDefault("config/profiles")
    String profilesDir();

    Harvest harvest();

    /**
     * What happens to the data of a configured project that left {@code forgepulse.track}: {@code keep} (it stops
     * being tracked and keeps its data, so an instance with an older list never deletes what others track; listing it
     * again resumes it) or {@code delete} (deleted at start, as an admin DELETE would).
     */
    @WithDefault("keep")
    UntrackedData untrackedData();

    /** See {@link #untrackedData()}. */
    enum UntrackedData { KEEP, DELETE }

    Identity identity();

    Scoring scoring();

    ScoreHistory scoreHistory();

    /**
     * Score history: a card for every past month end, computed in the background after a project's successful harvest
     * and after a ruleset change (docs/scoring.md, "Score history").
     */
    interface ScoreHistory {

        /** Whether past month-end cards are computed at all (off: the history starts with the first present card). */
        @WithDefault("true")
        boolean enabled();

        /** Projects whose past cards are computed at once; each is one CPU-bound pass, so one keeps harvests responsive. */
        @WithDefault("1")
        int threads();

        /** The most months computed per project, the latest ones: a commit dated 1970 must not cost 56 years of cards. */
        @WithDefault("480")
        int maxMonths();
    }

    /** How and when projects are harvested. */
    interface Harvest {

        /** Time between two harvests of every tracked project; the first one runs at start-up. */
        @WithDefault("1h")
        Duration interval();

        /** Whether the scheduled harvest runs at all (off in tests, which trigger harvests themselves). */
        @WithDefault("true")
        boolean scheduled();

        /** Events per stored batch: each batch is one transaction with its cursor, the unit a crash can lose. */
        @WithDefault("2000")
        int batchSize();

        /**
         * Harvests this instance runs at once, scheduled and "harvest now" alike; the PostgreSQL connection pool
         * ({@code quarkus.datasource.postgresql.jdbc.max-size}) must exceed it (see README, Running in production).
         */
        @WithDefault("2")
        int threads();

        /** This instance's name among those sharing the database; unset means host name and process id. */
        Optional<String> instanceName();

        /**
         * How often a running harvest's claim is renewed. Another instance takes a project over once its claim has
         * not been renewed for six of these (the instance died), so this bounds how long a killed harvest waits.
         */
        @WithDefault("10s")
        Duration heartbeat();

        /** How often an idle instance looks for due harvests (one is also started at once when queued here). */
        @WithDefault("5s")
        Duration poll();
    }

    /** How identities become people and organizations. */
    interface Identity {

        /** Mail domain to organization, e.g. {@code redhat.com=Red Hat, ibm.com=IBM}; subdomains included. */
        @WithName("organizations")
        Optional<String> organizations();

        /** Extra names or logins to treat as bots, besides the built-in list (dependabot, renovate, ...). */
        Optional<Set<String>> bots();

        /** Foundations' mail domains (a project role, not an employer); replaces the built-in list (apache.org, ...) when set. */
        @WithName("foundation-domains")
        Optional<Set<String>> foundationDomains();

        /** The operator's identities file (merges, splits, enrolments; see docs/scoring.md); read at start-up when it exists. */
        @WithDefault("config/identities.txt")
        String file();
    }

    /** Inputs of the scoring rules that vary per installation. */
    interface Scoring {

        /** Forge owners that are foundations (GOV.OWNER = 2); replaces the built-in list when set. */
        Optional<Set<String>> foundations();

        /** Mail domains of the project's owners, so plain-git authors outside them count as external. */
        Optional<Set<String>> ownerDomains();
    }
}
