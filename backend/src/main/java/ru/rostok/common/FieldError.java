package ru.rostok.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One error of a request: a field of a JSON body, or a row and column of an uploaded table. */
@Schema(name = "FieldError")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(
        @Schema(description = "JSON field path, e.g. pupils") String field,
        @Schema(description = "Row number of an uploaded sheet, 1-based as Excel shows it") Integer row,
        @Schema(description = "Column title of an uploaded sheet") String column,
        String message) {

    public static FieldError field(String field, String message) {
        return new FieldError(field, null, null, message);
    }

    public static FieldError cell(int row, String column, String message) {
        return new FieldError(null, row, column, message);
    }
}
