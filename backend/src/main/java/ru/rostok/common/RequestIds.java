package ru.rostok.common;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every answer carries an {@code X-Request-Id}: the caller's (a proxy's or another system's) when it sends a sane one,
 * a new UUID otherwise. The access log ({@code quarkus.http.access-log.pattern}) writes it beside the user, so a line
 * of the log and the answer a user reports can be matched. Runs before every other route, the request size limit
 * included, so that a refused request has an id too.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** What a caller may send as an id: no spaces, quotes or control characters that would break a log line. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.response().putHeader(HEADER, idOf(ctx.request().getHeader(HEADER)));
            ctx.next();
        });
    }

    static String idOf(String sent) {
        return sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }
}
