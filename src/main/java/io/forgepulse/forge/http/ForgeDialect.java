package io.forgepulse.forge.http;

import okhttp3.Request;

/**
 * What one forge's REST API does its own way, for {@link RestClient}: its name in messages, the headers a request
 * carries (media type, version, how a token travels), how it pages, and what a failed status means to the person
 * reading the message.
 */
public interface ForgeDialect {

    /** The forge's name in sentences ("GitHub"). */
    String name();

    /** Adds the forge's headers and, when {@code token} is not null, its credential. */
    void authorize(Request.Builder request, String token);

    /** How the forge says where the next page is. */
    Paging paging();

    /** A sentence for a failed answer to {@code what} ("GET /repos/o/n"); what the person can check or do. */
    String failure(String what, int code);

    /**
     * The sentences of a REST forge whose token comes from {@code tokenVariable}: a refused token, a forbidden or
     * missing resource, any other status.
     */
    static String failure(String forge, String tokenVariable, String what, int code) {
        return switch (code) {
            case 401 -> forge + " refused the token (401) for " + what + ": check " + tokenVariable;
            case 403 -> forge + " forbids " + what + " (403): the token lacks access";
            case 404 -> forge + " has no " + what + " (404): check the project id, or the token's access to a private"
                    + " repository";
            default -> forge + " answered " + what + " with HTTP " + code;
        };
    }
}
