package ru.rostok.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;

/**
 * Checks evidence files before anything is stored: at most five, each up to 10 MB, and only documents,
 * tables and pictures whose contents match their kind (a renamed program is refused).
 */
@ApplicationScoped
public class EvidenceUploads {
    public static final int MAX_FILES = 5;
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private record Kind(String contentType, byte[] magic) {
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("pdf", new Kind("application/pdf", new byte[] {'%', 'P', 'D', 'F'})),
            Map.entry("png", new Kind("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})),
            Map.entry("jpg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("jpeg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
            Map.entry("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
            Map.entry("pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP)),
            Map.entry("odt", new Kind("application/vnd.oasis.opendocument.text", ZIP)),
            Map.entry("ods", new Kind("application/vnd.oasis.opendocument.spreadsheet", ZIP)),
            Map.entry("txt", new Kind("text/plain", null)),
            Map.entry("csv", new Kind("text/csv", null)));

    /** A checked file, ready to store. */
    public record Checked(String name, String contentType, byte[] data) {
    }

    public List<Checked> check(List<FileUpload> files) {
        List<FileUpload> given = files == null ? List.of() : files.stream().filter(f -> f.size() > 0 || f.fileName() != null).toList();
        if (given.size() > MAX_FILES) {
            throw ApiException.invalid("files", "evidence.tooManyFiles", MAX_FILES);
        }
        List<FieldError> errors = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        for (FileUpload f : given) {
            String name = f.fileName() == null ? "файл" : f.fileName().strip();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            Kind kind = KINDS.get(extension);
            if (kind == null) {
                errors.add(FieldError.field("files", "evidence.typeRejected", name));
                continue;
            }
            if (f.size() > MAX_BYTES) {
                errors.add(FieldError.field("files", "evidence.tooLarge", name, MAX_BYTES / (1024 * 1024)));
                continue;
            }
            byte[] data = read(f);
            if (data.length == 0) {
                errors.add(FieldError.field("files", "evidence.empty", name));
            } else if (!matches(kind, data)) {
                errors.add(FieldError.field("files", "evidence.contentMismatch", name, extension));
            } else {
                checked.add(new Checked(name.length() > 255 ? name.substring(name.length() - 255) : name, kind.contentType(), data));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return checked;
    }

    private static boolean matches(Kind kind, byte[] data) {
        if (kind.magic() == null) {
            for (int i = 0; i < Math.min(data.length, 8192); i++) {
                if (data[i] == 0) {
                    return false; // text has no NUL bytes
                }
            }
            return true;
        }
        if (data.length < kind.magic().length) {
            return false;
        }
        for (int i = 0; i < kind.magic().length; i++) {
            if (data[i] != kind.magic()[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] read(FileUpload f) {
        try {
            return Files.readAllBytes(f.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the file a decision or a roadmap was imported from as its source. */
    public void storeSource(String name, String contentType, byte[] data, Long decisionId, Long roadmapId) {
        EvidenceFile f = new EvidenceFile();
        f.decisionId = decisionId;
        f.roadmapId = roadmapId;
        f.name = name.length() > 255 ? name.substring(name.length() - 255) : name;
        f.contentType = contentType;
        f.size = data.length;
        f.data = data;
        f.persist();
    }

    /** Stores the files of an event (a meeting's minutes, a visit's notes). */
    public void storeForEvent(List<Checked> files, long eventId) {
        for (Checked c : files) {
            EvidenceFile f = new EvidenceFile();
            f.eventId = eventId;
            f.name = c.name();
            f.contentType = c.contentType();
            f.size = c.data().length;
            f.data = c.data();
            f.persist();
        }
    }

    /** Stores the files of a measure's or a point's report. */
    public void store(List<Checked> files, Long measureReportId, Long executionReportId) {
        for (Checked c : files) {
            EvidenceFile f = new EvidenceFile();
            f.measureReportId = measureReportId;
            f.executionReportId = executionReportId;
            f.name = c.name();
            f.contentType = c.contentType();
            f.size = c.data().length;
            f.data = c.data();
            f.persist();
        }
    }
}
