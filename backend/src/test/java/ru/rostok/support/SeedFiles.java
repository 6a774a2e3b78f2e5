package ru.rostok.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The five seed documents (shared/seeds, copied byte for byte into the test resources) as the files people send: the
 * text itself, the text in Windows-1251, a DOCX with a paragraph per block and a real table for tab-separated rows, and
 * an XLSX with a row per line. Formatting marks of the text («**», «<b>») become nothing, as bold would in Word.
 */
public final class SeedFiles {
    public static final String KERCH_DECISION = "000_9cd72ec4476df246.txt";
    public static final String CRIMEA_DECISION = "001_e7d39b74743b465d.txt";
    public static final String SLAVSK_ROADMAP = "002_fa2ac8eb6a2688c4.txt";
    public static final String OLENEGORSK_ROADMAP = "003_edcb84ddd242e9a9.txt";
    public static final String LESOSIBIRSK_LETTER = "004_f78c96f4c1c9048e.txt";

    private SeedFiles() {
    }

    public static byte[] txt(String seed) {
        try (InputStream in = SeedFiles.class.getResourceAsStream("/seeds/" + seed)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String seed) {
        return new String(txt(seed), StandardCharsets.UTF_8);
    }

    public static byte[] windows1251(String seed) {
        return text(seed).getBytes(Charset.forName("windows-1251"));
    }

    private static List<String> lines(String seed) {
        List<String> lines = new ArrayList<>();
        for (String l : text(seed).split("\n", -1)) {
            lines.add(l.replace("**", "").replaceAll("</?b>", "").replaceAll("\\s+$", "").replace("\r", ""));
        }
        return lines;
    }

    public static byte[] docx(String seed) {
        List<String> lines = lines(seed);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int i = 0;
            while (i < lines.size()) {
                if (lines.get(i).isBlank()) {
                    i++;
                } else if (lines.get(i).contains("\t")) {
                    XWPFTable table = doc.createTable();
                    boolean first = true;
                    while (i < lines.size() && (lines.get(i).contains("\t") || lines.get(i).isBlank() && next(lines, i).contains("\t"))) {
                        if (!lines.get(i).isBlank()) {
                            XWPFTableRow row = first ? table.getRow(0) : table.createRow();
                            String[] cells = lines.get(i).split("\t", -1);
                            for (int c = 0; c < cells.length; c++) {
                                var cell = c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell();
                                cell.setText(cells[c].strip());
                            }
                            first = false;
                        }
                        i++;
                    }
                } else {
                    XWPFParagraph p = doc.createParagraph();
                    XWPFRun run = p.createRun();
                    boolean firstLine = true;
                    while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).contains("\t")) {
                        if (!firstLine) {
                            run.addBreak();
                        }
                        run.setText(lines.get(i).strip(), run.getCTR().sizeOfTArray());
                        firstLine = false;
                        i++;
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String next(List<String> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                return lines.get(k);
            }
        }
        return "";
    }

    /** A workbook of one sheet, a row per line, a cell per tab-separated part. */
    public static byte[] xlsx(String seed) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook book = new Workbook(out, "Rostok", "1.0");
            Worksheet sheet = book.newWorksheet("План");
            int r = 0;
            for (String line : lines(seed)) {
                String[] cells = line.split("\t", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isBlank()) {
                        sheet.value(r, c, cells[c].strip());
                    }
                }
                r++;
            }
            book.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
