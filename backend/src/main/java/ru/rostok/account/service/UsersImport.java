package ru.rostok.account.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UsersImport", description = "A sheet of accounts checked row by row; created only when every row is valid")
public record UsersImport(boolean valid, int total, int bad, List<Row> rows) {

    @Schema(name = "UsersImportRow", description = "One row of the sheet, as Excel numbers it")
    public record Row(int row, String fullName, String email,
                      @Schema(description = "The role's key, if the row names one") String role,
                      @Schema(description = "INN, OKTMO or region code as written") String code,
                      @Schema(description = "The school, municipality or region the code names") String actingFor,
                      List<String> problems,
                      @Schema(description = "The created account's id") String userId,
                      AccountSetup setup) {
    }
}
