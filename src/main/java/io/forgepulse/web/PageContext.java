package io.forgepulse.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the page resources share: the request's language, its labels for text built in Java, and the answer with the
 * remembered language.
 */
@ApplicationScoped
class PageContext {

    /** A year: the switch is a preference, not a session. */
    private static final int COOKIE_SECONDS = 365 * 24 * 3600;

    private final Labels english;
    private final Labels chinese;

    @Inject
    PageContext(Labels english, @Localized("zh-CN") Labels chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    Locale locale(UriInfo uri, HttpHeaders headers) {
        var cookie = headers.getCookies().get(PageLocale.COOKIE);
        return PageLocale.resolve(uri.getQueryParameters().getFirst("lang"), cookie == null ? null : cookie.getValue(),
                headers.getAcceptableLanguages());
    }

    /** The labels in the page's language, for sentences built in Java. */
    Labels labels(Locale locale) {
        return PageLocale.isChinese(locale) ? chinese : english;
    }

    /** A label by its key (e.g. {@code level_basic}) in the page's language. */
    Function<String, String> words(Locale locale) {
        Labels labels = labels(locale);
        return key -> {
            try {
                return (String) Labels.class.getMethod(key).invoke(labels);
            } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
                return key; // a value the bundle does not name (a new level) still reads as itself
            }
        };
    }

    Frame frame(UriInfo uri, Locale locale, String section) {
        String other = PageLocale.isChinese(locale) ? "en" : "zh-CN";
        String href = uri.getRequestUriBuilder().replaceQueryParam("lang", other).build().toString();
        // Relative to the host: the page never links to another origin.
        String path = href.substring(href.indexOf('/', href.indexOf("//") + 2));
        return new Frame(PageLocale.tag(locale), path, PageLocale.isChinese(locale) ? "English" : "中文", section);
    }

    /** The rendered page; an explicit {@code ?lang=} is remembered. */
    Response answer(int status, TemplateInstance page, Locale locale, UriInfo uri) {
        Response.ResponseBuilder r = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.setAttribute("locale", locale).render());
        if (uri.getQueryParameters().getFirst("lang") != null) {
            r.cookie(new NewCookie.Builder(PageLocale.COOKIE).value(PageLocale.tag(locale)).path("/")
                    .maxAge(COOKIE_SECONDS).sameSite(NewCookie.SameSite.LAX).build());
        }
        return r.build();
    }
}
