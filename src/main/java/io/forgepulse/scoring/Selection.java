package io.forgepulse.scoring;

/** QSOS "select" mode (docs/scoring.md §8). */
public enum Selection {
    /** Rank every candidate; gaps are reported, not held against it beyond the score. */
    LOOSE,
    /** Drop a candidate that fails a relevant or critical leaf; unverified critical leaves rank it last. */
    STRICT
}
