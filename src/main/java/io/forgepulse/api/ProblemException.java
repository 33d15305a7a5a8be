package io.forgepulse.api;

/** A request that cannot be served, answered as RFC 9457 problem+json with a sentence a person can act on. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;

    ProblemException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad request", detail);
    }

    static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail);
    }

    static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public int status() {
        return status;
    }

    String title() {
        return title;
    }
}
