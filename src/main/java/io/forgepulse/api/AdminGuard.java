package io.forgepulse.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Lets a mutation through only with {@code Authorization: Bearer <FORGEPULSE_ADMIN_TOKEN>}. */
@ApplicationScoped
class AdminGuard {

    private final ApiConfig config;

    @Inject
    AdminGuard(ApiConfig config) {
        this.config = config;
    }

    void require(HttpHeaders headers) {
        String expected = config.adminToken().filter(t -> !t.isBlank()).orElseThrow(() -> new ProblemException(403,
                "Forbidden", "changes over the API are disabled: start the service with FORGEPULSE_ADMIN_TOKEN set"));
        String header = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ProblemException(401, "Unauthorized",
                    "this change needs the admin token: send 'Authorization: Bearer <FORGEPULSE_ADMIN_TOKEN>'");
        }
        // Constant-time comparison, so the token cannot be guessed from response times.
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException(401, "Unauthorized", "the bearer token is not the admin token");
        }
    }
}
