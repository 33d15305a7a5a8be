package io.forgepulse.store;

import java.time.Instant;

/**
 * One distinct commit author line (name and e-mail as stored) with what its commits add up to over the whole history.
 *
 * @param first the author date of its oldest commit
 * @param last the author date of its newest commit
 * @param commits how many commits it authored
 */
public record CommitAuthor(String name, String email, Instant first, Instant last, long commits) {
}
