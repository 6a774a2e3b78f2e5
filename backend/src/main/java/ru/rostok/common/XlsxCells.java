package ru.rostok.common;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

/** Cells of an uploaded sheet as the imports read them. */
public final class XlsxCells {
    private XlsxCells() {
    }

    /** A cell as text: numbers without a trailing ".0" (an INN typed as a number), blanks and missing cells as null. */
    public static String text(Row row, int index) {
        if (index >= row.getCellCount()) {
            return null;
        }
        Cell cell = row.getCell(index);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() != CellType.NUMBER) {
            return Text.trimToNull(cell.getText());
        }
        String plain = Numbers.plain(cell.asNumber());
        return Text.trimToNull(plain != null ? plain : cell.getRawValue());
    }
}
