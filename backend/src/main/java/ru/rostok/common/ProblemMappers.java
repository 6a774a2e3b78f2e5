package ru.rostok.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into RFC 9457 problem+json; bad input is a 4xx with a reason, never a 500. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = ProblemTexts.localeOf(headers);
        return Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(e.type(), e.title(locale), e.status(), e.detail(locale), uri == null ? null : uri.getPath(),
                        in(locale, e.errors()), e.current(), e.rows()))
                .build();
    }

    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> FieldError.field(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        // the validator has put the messages into the caller's language already (quarkus.locales, Accept-Language)
        return api(ApiException.invalid(errors), uri, headers);
    }

    // the exact Jackson types are listed because quarkus-rest-jackson maps some of them itself, without a body
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, ValueInstantiationException.class})
    public Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return problem(headers, 400, "/problems/validation", "problem.validation",
                    text("problem.json.field", field), uri,
                    List.of(typeError(field, mapping)));
        }
        return problem(headers, 400, "/problems/malformed-json", "problem.malformedJson",
                text("problem.json.malformed", e.getOriginalMessage()), uri, null);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthorized(Exception e, UriInfo uri, HttpHeaders headers) {
        return Response.fromResponse(problem(headers, 401, "/problems/unauthorized", "problem.unauthorized",
                        text("problem.unauthorized.detail"), uri, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"rostok\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return problem(headers, 403, "/problems/forbidden", "problem.forbidden",
                text("problem.forbidden.detail"), uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri, headers);
        }
        if (status == 400 && e.getCause() != null) {
            return problem(headers, 400, "/problems/malformed-json", "problem.malformedJson",
                    text("problem.body.unreadable", e.getCause().getMessage()), uri, null);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted; to the caller that is bad input.
            return problem(headers, 400, "/problems/bad-parameter", "problem.badParameter",
                    text("problem.badParameter.detail", e.getCause().getMessage()), uri, null);
        }
        String title = switch (status) {
            case 404 -> "problem.notFound";
            case 405 -> "problem.http405";
            case 406 -> "problem.http406";
            case 413 -> "problem.http413";
            case 415 -> "problem.http415";
            default -> status < 500 ? "problem.badRequest" : "problem.http500";
        };
        Text detail = switch (status) {
            case 404 -> text("problem.http404.detail", uri.getPath());
            case 405 -> text("problem.http405.detail");
            case 415 -> text("problem.http415.detail");
            default -> text(e.getMessage());
        };
        if (status >= 500) {
            LOG.error("Server error", e);
        }
        return problem(headers, status, "/problems/http-" + status, title, detail, uri, null);
    }

    @ServerExceptionMapper
    public Response other(Exception e, UriInfo uri, HttpHeaders headers) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (isDatabaseUnavailable(t)) {
                LOG.warnf("Database unavailable: %s", t.getMessage());
                return Response.fromResponse(problem(headers, 503, "/problems/database-unavailable", "problem.databaseUnavailable",
                                text("problem.databaseUnavailable.detail"), uri, null))
                        .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS).build();
            }
            if (t instanceof OptimisticLockException) {
                return problem(headers, 409, "/problems/stale-version", "problem.staleVersion",
                        text("problem.staleVersion.detail"), uri, null);
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException c && "23505".equals(c.getSQLState())) {
                return problem(headers, 409, "/problems/conflict", "problem.conflict",
                        text("problem.duplicateCode"), uri, null);
            }
            if (t instanceof ApiException api) {
                return api(api, uri, headers);
            }
            if (t instanceof java.io.IOException io && io.getMessage() != null && io.getMessage().contains("multipart")) {
                // a form cut short or without its closing boundary: the caller's body, not the server, is broken
                return problem(headers, 400, "/problems/malformed-multipart", "problem.malformedMultipart",
                        text("problem.malformedMultipart.detail"), uri, null);
            }
            if (t instanceof io.quarkus.oidc.OIDCException) {
                LOG.error("Keycloak is not reachable", e);
                return problem(headers, 503, "/problems/auth-unavailable", "problem.authUnavailable",
                        text("problem.authUnavailable.detail"), uri, null);
            }
        }
        LOG.error("Unexpected error", e);
        return problem(headers, 500, "/problems/internal", "problem.internal",
                text("problem.internal.detail"), uri, null);
    }

    /** Seconds a client should wait after a 503 for an unreachable database (a restart of PostgreSQL takes a few). */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    /**
     * A failure to reach the database rather than a failure of the request: a refused or broken connection (SQL state
     * class 08), the server shutting down or starting up (57P01–57P03), or no pooled connection in time.
     */
    static boolean isDatabaseUnavailable(Throwable t) {
        if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                || t instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        if (t instanceof java.sql.SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                return true;
            }
            // Agroal, when the pool cannot hand out a connection in time (every attempt to open one failed)
            return state == null && sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout");
        }
        return false;
    }

    /** A message key with its arguments, put into the caller's language when the answer is written. */
    private record Text(String key, Object... args) {
    }

    private static Text text(String key, Object... args) {
        return new Text(key, args);
    }

    static Response problem(HttpHeaders headers, int status, String type, String title, Text detail, UriInfo uri, List<FieldError> errors) {
        Locale locale = ProblemTexts.localeOf(headers);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, ProblemTexts.text(locale, title), status, ProblemTexts.text(locale, detail.key(), detail.args()),
                        uri == null ? null : uri.getPath(), in(locale, errors)))
                .build();
    }

    private static List<FieldError> in(Locale locale, List<FieldError> errors) {
        return errors == null ? null : errors.stream().map(e -> e.in(locale)).toList();
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> names.clear();
                default -> {
                    // a node's index is its place in the container named by the node before it: points[0].text
                    Object place = node.getIndex() != null ? node.getIndex() : node.getKey();
                    if (node.isInIterable() && place != null && !names.isEmpty()) {
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + place + "]");
                    }
                    if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                        names.add(node.getName());
                    }
                }
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static FieldError typeError(String field, JsonMappingException e) {
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return FieldError.field(field, "problem.json.enum", Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        return FieldError.field(field, typeMessage(e));
    }

    private static String typeMessage(JsonMappingException e) {
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> t = m.getTargetType();
            if (Number.class.isAssignableFrom(t) || t.isPrimitive() && t != boolean.class) {
                return "problem.json.number";
            }
            if (t == String.class) {
                return "problem.json.string";
            }
            if (t == Boolean.class || t == boolean.class) {
                return "problem.json.boolean";
            }
        }
        return "problem.json.format";
    }
}
