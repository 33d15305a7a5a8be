package io.forgepulse.store;

/** One distinct login that authored an issue, change request, comment or review, with the forge's bot flag. */
public record EventAuthor(String login, boolean bot) {
}
