package ru.rostok.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks written by hand with java.util.zip, for what a spreadsheet program would never write:
 * a raw cell value such as 1e99999999, or a sheet of hundreds of megabytes that compresses to almost nothing.
 */
public final class Xlsx {
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    private Xlsx() {
    }

    /** A text cell (inline string). */
    public static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value.replace("&", "&amp;").replace("<", "&lt;") + "</t></is></c>";
    }

    /** A number cell with the raw value exactly as given. */
    public static String number(String ref, String raw) {
        return "<c r=\"" + ref + "\"><v>" + raw + "</v></c>";
    }

    public static String row(int number, String... cells) {
        return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
    }

    /** A workbook of one sheet with the given rows. */
    public static byte[] of(List<String> rows) {
        return write(out -> {
            out.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
            for (String row : rows) {
                out.write(row.getBytes(StandardCharsets.UTF_8));
            }
            out.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
        });
    }

    /**
     * A zip bomb: one valid row, then {@code padding} bytes of one repeated character inside an XML comment
     * (deflate turns them into about a thousandth of their size).
     */
    public static byte[] bomb(List<String> rows, long padding) {
        return write(out -> {
            out.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
            for (String row : rows) {
                out.write(row.getBytes(StandardCharsets.UTF_8));
            }
            out.write("<!--".getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'x');
            for (long left = padding; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(left, block.length));
            }
            out.write("-->".getBytes(StandardCharsets.UTF_8));
            out.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
        });
    }

    private interface SheetWriter {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] write(SheetWriter sheet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Лист1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheet.write(zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
