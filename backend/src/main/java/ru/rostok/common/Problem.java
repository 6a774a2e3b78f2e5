package ru.rostok.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document: every error the API answers has this shape. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI reference identifying the problem type", examples = "/problems/validation") String type,
        @Schema(description = "Short summary in the language of Accept-Language (ru, en; Russian by default)") String title,
        int status,
        @Schema(description = "Explanation of this occurrence in the language of Accept-Language (ru, en; Russian by default)") String detail,
        String instance,
        @Schema(description = "Field, row or cell errors") List<FieldError> errors,
        @Schema(description = "On a stale-version conflict where it helps: the record as it is now") Object current,
        @Schema(description = "On a rejected upload where it helps: its rows, each with its problems") List<?> rows) {

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null, null);
    }

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors, Object current) {
        this(type, title, status, detail, instance, errors, current, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
}
