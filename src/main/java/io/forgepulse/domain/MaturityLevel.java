package io.forgepulse.domain;

/** OSMM-style cumulative level; the ordinal is the {@code forgepulse_maturity_level} gauge value. */
public enum MaturityLevel {
    INITIAL,
    BASIC,
    INTERMEDIATE,
    ADVANCED
}
