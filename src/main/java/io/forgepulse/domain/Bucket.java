package io.forgepulse.domain;

/** Time-series bucket: ISO weeks starting Monday, or calendar months, both in UTC. */
public enum Bucket {
    WEEK,
    MONTH
}
