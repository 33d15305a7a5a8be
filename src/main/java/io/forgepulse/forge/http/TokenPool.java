package io.forgepulse.forge.http;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.ForgeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One forge's tokens ({@code FORGEPULSE_GITHUB_TOKEN} and the like, comma-separated), lent to one run at a time: a
 * token is never used by two runs at once, and a run waits while every token is out.
 *
 * <p>Which token: the one the project used last while it still has {@value #KEEP_ABOVE} requests left, because forges
 * answer {@code Vary: Authorization} and another token would turn every 304 of the project into a charged 200;
 * otherwise the free token with the most requests left (as its last answer's rate-limit remainder said; a token not
 * used yet counts as full).
 */
public final class TokenPool {

    /** Requests left under which a project moves to a fuller token: a large first harvest needs a few hundred. */
    public static final long KEEP_ABOVE = 500;

    private final String forge;
    private final List<Token> tokens = new ArrayList<>();
    private final Map<ProjectId, Token> lastUsed = new HashMap<>();

    /** @param forge the forge's name in messages ("GitHub") */
    public TokenPool(String forge, List<String> values) {
        this.forge = forge;
        values.stream().map(String::trim).filter(t -> !t.isEmpty()).forEach(t -> tokens.add(new Token(t)));
    }

    /** A token for one run of {@code project}, or an anonymous lease (60 requests an hour) without any token. */
    public Lease lease(ProjectId project) throws ForgeException {
        if (tokens.isEmpty()) {
            return new Lease(null);
        }
        synchronized (this) {
            Token chosen;
            while ((chosen = choose(project)) == null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ForgeException("interrupted while waiting for a free " + forge + " token", e);
                }
            }
            chosen.leased = true;
            lastUsed.put(project, chosen);
            return new Lease(chosen);
        }
    }

    private Token choose(ProjectId project) {
        Token last = lastUsed.get(project);
        if (last != null && !last.leased && last.remaining() >= KEEP_ABOVE) {
            return last;
        }
        Token best = null;
        for (Token token : tokens) {
            if (!token.leased && (best == null || token.remaining() > best.remaining())) {
                best = token;
            }
        }
        return best;
    }

    private synchronized void release(Token token) {
        token.leased = false;
        notifyAll();
    }

    @Override
    public String toString() {
        return tokens.size() + " token(s)"; // never the tokens themselves
    }

    private static final class Token {
        final String value;
        volatile long remaining = Long.MAX_VALUE; // not used yet: as good as full
        boolean leased;

        Token(String value) {
            this.value = value;
        }

        long remaining() {
            return remaining;
        }
    }

    /** One run's token; {@link #close()} gives it back. */
    public final class Lease implements AutoCloseable {

        private final Token token;

        private Lease(Token token) {
            this.token = token;
        }

        /** The token, or null for anonymous access. */
        public String token() {
            return token == null ? null : token.value;
        }

        /** What the forge said is left of this token's budget. */
        public void remaining(long requests) {
            if (token != null) {
                token.remaining = requests;
            }
        }

        @Override
        public void close() {
            if (token != null) {
                release(token);
            }
        }

        @Override
        public String toString() {
            return "Lease[" + (token == null ? "anonymous" : "token") + "]"; // never the token itself
        }
    }
}
