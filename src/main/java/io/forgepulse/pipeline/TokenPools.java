package io.forgepulse.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A forge's token setting ({@code forgepulse.FORGE.token}) as its pool: comma-separated, blanks dropped. */
final class TokenPools {

    private TokenPools() {
    }

    static List<String> of(Optional<String> setting) {
        return setting.map(t -> Arrays.stream(t.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList())
                .orElse(List.of());
    }
}
