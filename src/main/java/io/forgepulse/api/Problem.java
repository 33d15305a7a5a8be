package io.forgepulse.api;

/** The RFC 9457 body of every error answer. */
public record Problem(String type, String title, int status, String detail, String instance) {
}
