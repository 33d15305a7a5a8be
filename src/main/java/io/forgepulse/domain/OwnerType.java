package io.forgepulse.domain;

/** Who owns a forge project; plain git repositories have {@link #UNKNOWN}. */
public enum OwnerType {
    USER,
    ORGANIZATION,
    UNKNOWN
}
