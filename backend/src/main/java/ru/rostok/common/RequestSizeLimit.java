package ru.rostok.common;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayInputStream;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds every request body to its route's limit, with the same problem+json as every other error (the
 * transport's own limit, set higher, answers with an empty body). A declared Content-Length is judged before
 * the body is read. A body sent in chunks has no length to judge: it is read here, counting, and refused as soon
 * as it passes the limit; what arrives within the limit is handed on as the request's body, which the REST
 * layer and its multipart parser read instead of the connection.
 */
@ApplicationScoped
public class RequestSizeLimit {

    /** Bulk loads of monitoring values (long-format CSV or JSON) are large by nature. */
    private static final Pattern BULK = Pattern.compile("/api/v1/campaigns/[^/]+/values/?");
    /** Reports with evidence files: up to five files of 10 MB each (EvidenceUploads). */
    private static final Pattern REPORT = Pattern.compile("/api/v1/(roadmaps/[^/]+/measures|decisions/[^/]+/points)/[^/]+/reports/?");

    private static final String BUFFERED = "rostok.chunked-body";

    @ConfigProperty(name = "rostok.http.max-request-bytes")
    long maxBytes;

    @ConfigProperty(name = "rostok.http.max-bulk-request-bytes")
    long maxBulkBytes;

    @ConfigProperty(name = "rostok.http.max-report-request-bytes")
    long maxReportBytes;

    void install(@Observes Router router) {
        // right after RequestIds, so that a refused request has its id too
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            long limit = limitOf(ctx.request().path());
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                if (isOver(length, limit)) {
                    refuse(ctx, limit);
                } else {
                    ctx.next();
                }
            } else if (ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING) && !ctx.request().isEnded()) {
                readCounting(ctx, limit);
            } else {
                ctx.next();
            }
        });
    }

    /**
     * The REST layer reads an ended request as empty unless it is given the body as its entity stream (the
     * multipart parser takes the context's body by itself).
     */
    @ServerRequestFilter(preMatching = true)
    public void bufferedBody(ContainerRequestContext request, RoutingContext ctx) {
        Buffer body = ctx.get(BUFFERED);
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes()));
        }
    }

    long limitOf(String path) {
        if (BULK.matcher(path).matches()) {
            return maxBulkBytes;
        }
        return REPORT.matcher(path).matches() ? maxReportBytes : maxBytes;
    }

    private static void readCounting(RoutingContext ctx, long limit) {
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        if ("100-continue".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.EXPECT))) {
            ctx.response().writeContinue();
        }
        ctx.request().handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                refuse(ctx, limit);
            } else {
                body.appendBuffer(chunk);
            }
        });
        ctx.request().endHandler(end -> {
            if (!refused[0]) {
                ctx.setBody(body); // the multipart parser reads this instead of the connection
                ctx.put(BUFFERED, body);
                ctx.next();
            }
        });
        ctx.request().exceptionHandler(e -> {
            if (!refused[0] && !ctx.response().ended()) {
                refused[0] = true;
                ctx.response().setStatusCode(400).end();
            }
        });
        ctx.request().resume();
    }

    private static void refuse(RoutingContext ctx, long limit) {
        java.util.Locale locale = ProblemTexts.localeOf(ctx.acceptableLanguages().stream()
                .map(l -> java.util.Locale.forLanguageTag(l.value())).toList());
        String body = new JsonObject()
                .put("type", "/problems/too-large")
                .put("title", ProblemTexts.text(locale, "problem.http413"))
                .put("status", 413)
                .put("detail", ProblemTexts.text(locale, "common.requestTooLarge", limit / (1024 * 1024)))
                .put("instance", ctx.request().path())
                .encode();
        ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
