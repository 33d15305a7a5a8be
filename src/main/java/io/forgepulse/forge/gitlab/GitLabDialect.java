package io.forgepulse.forge.gitlab;

import io.forgepulse.forge.http.ForgeDialect;
import io.forgepulse.forge.http.Paging;
import okhttp3.Request;

/**
 * GitLab v4 as the shared core speaks it: a token travels as {@code Authorization: Bearer} (GitLab accepts personal,
 * group and project access tokens so, and the core keeps that header out of the cache), offset pages name the next
 * one in {@code X-Next-Page}, and failures name the token setting.
 */
final class GitLabDialect implements ForgeDialect {

    static final GitLabDialect INSTANCE = new GitLabDialect();

    private GitLabDialect() {
    }

    @Override
    public String name() {
        return "GitLab";
    }

    @Override
    public void authorize(Request.Builder request, String token) {
        request.header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
    }

    /**
     * GitLab sends both {@code Link} and {@code X-Next-Page} on offset pages (as recorded from gitlab.com); the header
     * names only a page number, so the next request keeps exactly the query this one had.
     */
    @Override
    public Paging paging() {
        return Paging.NEXT_PAGE_HEADER;
    }

    @Override
    public String failure(String what, int code) {
        return switch (code) {
            case 401 -> "GitLab refused the token (401) for " + what
                    + ": check FORGEPULSE_GITLAB_TOKEN (forgepulse.gitlab.token) and that it has not expired";
            case 403 -> "GitLab forbids " + what + " (403): the token lacks the read_api scope or access to the project";
            case 404 -> "GitLab has no " + what + " (404): check the project path, or the token's access to a private"
                    + " project";
            default -> "GitLab answered " + what + " with HTTP " + code;
        };
    }
}
