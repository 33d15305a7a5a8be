package io.forgepulse.forge.git;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The details read from CONTRIBUTING and SECURITY files. */
class PolicyTextTest {

    @Test
    void aContributingGuideAskingForSignOffsIsDco() {
        assertThat(ContributingText.detail("""
                ## Sign your work

                We use the Developer Certificate of Origin (DCO). Add a line to every commit message:

                    Signed-off-by: Random J Developer <random@developer.example.org>

                `git commit -s` does it for you.
                """)).isEqualTo("dco");
        assertThat(ContributingText.detail("All commits need a sign-off: use git commit --signoff.")).isEqualTo("dco");
    }

    @Test
    void aContributingGuideAskingForAnAgreementIsCla() {
        assertThat(ContributingText.detail("""
                Before we can accept your pull request you need to sign our
                [Contributor License Agreement](https://cla.example.org). The CLA assistant bot will remind you.
                """)).isEqualTo("cla");
        assertThat(ContributingText.detail("Please sign the Individual Contributor Licence Agreement first.")).isEqualTo("cla");
    }

    @Test
    void aContributingGuideWithNeitherHasNoDetail() {
        assertThat(ContributingText.detail("Fork, branch, open a pull request. Claim an issue first.")).isNull();
    }

    @Test
    void aSecurityPolicyWithAnAddressAndAProcess() {
        assertThat(SecurityText.detail("""
                # Security Policy

                ## Reporting a Vulnerability

                Please report vulnerabilities privately to security@example.org. We acknowledge reports within
                48 hours, agree on an embargo, and publish an advisory once a fix is released.
                """)).isEqualTo("contact,process");
    }

    @Test
    void aSecurityPolicyWithOnlyALink() {
        assertThat(SecurityText.detail("See https://example.org/security")).isEqualTo("contact");
    }

    @Test
    void aSecurityPolicyWithOnlyAProcess() {
        assertThat(SecurityText.detail("""
                Vulnerabilities are disclosed in a coordinated way: report them through the private form on the
                project page and we respond within a week.
                """)).isEqualTo("process");
    }

    @Test
    void aSecurityFileSayingNothingUsefulHasNoDetail() {
        assertThat(SecurityText.detail("Supported versions: 2.x only.")).isNull();
    }

    @Test
    void aLicenseHeaderInAnHtmlCommentIsNotPolicy() {
        String asfHeader = """
                <!--
                 Licensed to the Apache Software Foundation (ASF) under one or more
                 contributor license agreements.  See the NOTICE file distributed with
                 this work for additional information regarding copyright ownership.
                 http://www.apache.org/licenses/LICENSE-2.0
                -->
                """;
        assertThat(ContributingText.detail(asfHeader + "Open a pull request on GitHub.")).isNull();
        assertThat(SecurityText.detail(asfHeader + "Supported versions: 3.x.")).isNull();
        assertThat(SecurityText.detail(asfHeader + "The security page is [here](https://commons.apache.org/security.html)."))
                .isEqualTo("contact");
    }
}
