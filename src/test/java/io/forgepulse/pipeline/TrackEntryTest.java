package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgepulse.domain.Forge;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** A forgepulse.track entry needs a location exactly when its forge's connector cannot find the repository itself. */
class TrackEntryTest {

    /** As this build's connectors declare it: every forge but plain git finds its repository from the id. */
    private static final Predicate<Forge> FINDS = f -> f != Forge.GIT;

    @Test
    void aForgeProjectNeedsNoLocationAndMayOverrideIt() {
        assertThat(TrackEntry.parse("gitlab:group/sub/name", FINDS).location()).isNull();
        TrackEntry gitee = TrackEntry.parse(" gitee:owner/name = file:///srv/mirror ", FINDS);
        assertThat(gitee.id().value()).isEqualTo("gitee:owner/name");
        assertThat(gitee.location()).isEqualTo("file:///srv/mirror");
    }

    @Test
    void aProjectWhoseConnectorCannotFindItNeedsALocation() {
        assertThatThrownBy(() -> TrackEntry.parse("git:alpha", FINDS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a location").hasMessageContaining("git:NAME=PATH");
        assertThat(TrackEntry.parse("git:alpha=/srv/alpha", FINDS).location()).isEqualTo("/srv/alpha");
        // the capability decides, not the forge's name: a build whose GitHub connector could not find repositories
        assertThatThrownBy(() -> TrackEntry.parse("github:o/n", f -> false)).hasMessageContaining("needs a location");
    }
}
