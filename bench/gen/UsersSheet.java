import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the bulk-creation sheet of bench/accounts-bulk.sh: java -cp 'quarkus-app/lib/main/*' UsersSheet.java
 * OUT.xlsx COUNT TAG INNS.txt — COUNT school staff spread over the schools of INNS.txt, e-mails TAG-N@example.test.
 */
public class UsersSheet {
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[1]);
        List<String> inns = Files.readAllLines(Path.of(args[3])).stream().filter(s -> !s.isBlank()).toList();
        try (OutputStream out = new FileOutputStream(args[0])) {
            Workbook wb = new Workbook(out, "bench", "1.0");
            Worksheet ws = wb.newWorksheet("Пользователи");
            String[] header = {"ФИО", "E-mail", "Роль", "ИНН школы или ОКТМО муниципалитета или код субъекта"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            for (int i = 1; i <= count; i++) {
                ws.value(i, 0, "Сотрудникова Анна Петровна");
                ws.value(i, 1, args[2] + "-" + i + "@example.test");
                ws.value(i, 2, "Сотрудник школы");
                ws.value(i, 3, inns.get(i % inns.size()));
            }
            wb.finish();
        }
    }
}
