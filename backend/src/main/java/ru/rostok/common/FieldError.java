package ru.rostok.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One error of a request: a field of a JSON body, or a row and column of an uploaded table. The message is a key of
 * {@link ProblemTexts} with its arguments until {@link #in(Locale)} puts it into the caller's language.
 */
@Schema(name = "FieldError")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(
        @Schema(description = "JSON field path, e.g. pupils") String field,
        @Schema(description = "Row number of an uploaded sheet, 1-based as Excel shows it") Integer row,
        @Schema(description = "Column title of an uploaded sheet") String column,
        String message,
        @JsonIgnore @Schema(hidden = true) List<Object> args) {

    public static FieldError field(String field, String message, Object... args) {
        return new FieldError(field, null, null, message, Arrays.asList(args));
    }

    public static FieldError cell(int row, String column, String message, Object... args) {
        return new FieldError(null, row, column, message, Arrays.asList(args));
    }

    /** The same error with its message in the given language. */
    public FieldError in(Locale locale) {
        return new FieldError(field, row, column, ProblemTexts.text(locale, message, args), null);
    }
}
