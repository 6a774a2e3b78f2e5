package ru.rostok.evidence;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A report sent as multipart/form-data: its text, for a measure its new status and occurrence, and evidence files. */
@Schema(name = "ReportForm")
public class ReportForm {
    @RestForm
    @Schema(description = "What was done", required = true)
    @Size(max = 4000, message = "{validation.most4000Characters}")
    public String text;

    @RestForm
    @Size(max = 40, message = "{validation.most40Characters}")
    @Schema(description = "For a measure: PLANNED, IN_PROGRESS, DONE, PARTLY_DONE, NOT_DONE, POSTPONED, CANCELLED")
    public String status;

    @RestForm
    @Size(max = 40, message = "{validation.most40Characters}")
    @Schema(description = "For a recurring measure: the due date (ISO) of the occurrence reported on", format = "date")
    public String occurrenceDue;

    @RestForm("files")
    @Schema(type = SchemaType.ARRAY, implementation = String.class, format = "binary",
            description = "Up to 5 files of 10 MB: PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT, CSV, PNG, JPG")
    public List<FileUpload> files;
}
