package ru.rostok.common;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared size is over the limit before its body is read, with the same
 * problem+json as every other error (the transport's own limit, set higher, answers with an empty body).
 */
@ApplicationScoped
public class RequestSizeLimit {

    /** Bulk loads of monitoring values (long-format CSV or JSON) are large by nature. */
    private static final java.util.regex.Pattern BULK = java.util.regex.Pattern.compile("/api/v1/campaigns/[^/]+/values/?");

    @ConfigProperty(name = "rostok.http.max-request-bytes")
    long maxBytes;

    @ConfigProperty(name = "rostok.http.max-bulk-request-bytes")
    long maxBulkBytes;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            long limit = BULK.matcher(ctx.request().path()).matches() ? maxBulkBytes : maxBytes;
            if (length != null && isOver(length, limit)) {
                String body = new JsonObject()
                        .put("type", "/problems/too-large")
                        .put("title", "Слишком большой запрос")
                        .put("status", 413)
                        .put("detail", "Запрос больше " + limit / (1024 * 1024) + " МБ; разделите файл на части")
                        .put("instance", ctx.request().path())
                        .encode();
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(body);
            } else {
                ctx.next();
            }
        });
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
