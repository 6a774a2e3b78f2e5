package ru.rostok.documents.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import ru.rostok.common.XlsxLimits;

/** The lines of a text file, a DOCX (paragraphs with Word's own numbering written out, tables as rows) or an XLSX. */
final class OfficeText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private OfficeText() {
    }

    static SourceText plain(String text) {
        return SourceText.ofPlain(text);
    }

    static SourceText docx(byte[] data) throws IOException {
        List<SourceLine> lines = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(data))) {
            Numbering numbering = new Numbering();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String label = numbering.label(p);
                    String[] parts = p.getText().replace('\u00A0', ' ').split("\\R", -1);
                    for (int i = 0; i < parts.length; i++) {
                        lines.add(SourceLine.text(0, (i == 0 ? label : "") + parts[i]));
                    }
                    lines.add(SourceLine.text(0, ""));
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        lines.add(SourceLine.row(0, row.getTableCells().stream().map(OfficeText::cellText).toList()));
                    }
                    lines.add(SourceLine.text(0, ""));
                }
            }
        }
        return SourceText.of(SourceFormat.DOCX, SourceFiles.numbered(lines));
    }

    /** A cell's paragraphs, one per line: a column of responsible bodies may list them without commas. */
    private static String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            String text = p.getText().replace('\u00A0', ' ').replaceAll("\\R", " ").strip();
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return String.join("\n", parts);
    }

    /** The rows of every sheet, a sheet after the other; a date cell as «dd.MM.yyyy». */
    static SourceText xlsx(byte[] data) throws IOException {
        List<SourceLine> lines = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(data))) {
            for (Sheet sheet : book.getSheets().toList()) {
                try (var rows = sheet.openStream()) {
                    int last = 0;
                    for (Row row : (Iterable<Row>) rows::iterator) {
                        XlsxLimits.checkRow(row);
                        if (row.getRowNum() > last + 1) {
                            lines.add(SourceLine.text(0, "")); // rows left empty part paragraphs, as blank lines do
                        }
                        last = row.getRowNum();
                        List<String> cells = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            cells.add(cellText(row.getCell(i)));
                        }
                        long filled = cells.stream().filter(c -> !c.isBlank()).count();
                        boolean text = filled == 0 || filled == 1 && !cells.get(0).isBlank();
                        lines.add(text ? SourceLine.text(0, String.join(" ", cells)) : SourceLine.row(0, cells));
                    }
                }
                lines.add(SourceLine.text(0, ""));
            }
        }
        return SourceText.of(SourceFormat.XLSX, SourceFiles.numbered(lines));
    }

    private static String cellText(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER && cell.getDataFormatString() != null
                && cell.getDataFormatString().matches("(?i).*[dy].*")) {
            return DATE.format(cell.asDate());
        }
        return cell.getText() == null ? "" : cell.getText();
    }

    /** Word's automatic numbering written out as the reader sees it («1.», «2.1.»), counted per list and level. */
    private static final class Numbering {
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        String label(XWPFParagraph p) {
            BigInteger id = p.getNumID();
            String pattern = p.getNumLevelText();
            if (id == null || pattern == null || "bullet".equals(p.getNumFmt())) {
                return "";
            }
            int level = p.getNumIlvl() == null ? 0 : Math.min(p.getNumIlvl().intValue(), 8);
            int[] count = counters.computeIfAbsent(id, k -> new int[9]);
            count[level]++;
            for (int i = level + 1; i < count.length; i++) {
                count[i] = 0;
            }
            String label = pattern;
            for (int i = 0; i <= level; i++) {
                label = label.replace("%" + (i + 1), String.valueOf(Math.max(count[i], 1)));
            }
            return label.strip() + " ";
        }
    }
}
