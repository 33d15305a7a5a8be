package io.forgepulse.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCredentialsTest {

    @Test
    void removesUserInfoFromEveryUrlInTheText() {
        assertThat(UrlCredentials.redacted("fatal: unable to access 'https://bob:ghp_secret@github.com/a/b.git/': 403"
                + " and http://token@host/x"))
                .isEqualTo("fatal: unable to access 'https://github.com/a/b.git/': 403 and http://host/x");
    }

    @Test
    void leavesTextWithoutCredentialsAlone() {
        assertThat(UrlCredentials.redacted("/srv/repos/app.git and mail@example.org")).isEqualTo(
                "/srv/repos/app.git and mail@example.org");
        assertThat(UrlCredentials.redacted(null)).isNull();
    }
}
