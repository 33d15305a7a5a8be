package io.forgepulse.forge.gitee;

import java.util.List;

/**
 * What the Gitee connector needs from configuration, as plain values.
 *
 * @param apiUrl {@code https://gitee.com/api/v5}, or a self-hosted instance's {@code https://HOST/api/v5}
 * @param tokens the token pool; empty means anonymous
 * @param requestBudget requests one run may send before it stops and resumes at the next harvest
 */
public record GiteeSettings(String apiUrl, List<String> tokens, int requestBudget) {

    public GiteeSettings {
        tokens = List.copyOf(tokens);
    }

    @Override
    public String toString() {
        return "GiteeSettings[apiUrl=" + apiUrl + ", tokens=" + tokens.size() + ", requestBudget=" + requestBudget
                + "]"; // never the tokens themselves
    }
}
