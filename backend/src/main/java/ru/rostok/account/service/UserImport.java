package ru.rostok.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.keycloak.representations.idm.UserRepresentation;
import ru.rostok.account.Account;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.XlsxCells;
import ru.rostok.common.FieldError;
import ru.rostok.common.ProblemTexts;
import ru.rostok.common.Text;
import ru.rostok.common.XlsxLimits;

/**
 * A sheet of people (ФИО, e-mail, role, the code of the record they act for) checked row by row and created all or
 * not at all: if any row is wrong nobody is created and the answer lists the wrong rows; if Keycloak fails midway the
 * accounts already made are deleted again.
 */
@ApplicationScoped
public class UserImport {
    public static final int MAX_ROWS = 5_000;
    static final String NAME = "ФИО";
    static final String EMAIL = "E-mail";
    static final String ROLE = "Роль";
    static final String CODE = "ИНН школы или ОКТМО муниципалитета или код субъекта";
    static final List<String> COLUMNS = List.of(NAME, EMAIL, ROLE, CODE);
    /** Keycloak is asked about this many addresses at once. */
    static final int EMAIL_CHECKS = 8;
    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Inject
    AccountPolicy policy;

    @Inject
    AccountPlaces places;

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    AccountService accounts;

    @Inject
    AccountSetups setups;

    @Inject
    AuditLog audit;

    /** A row read and checked: its answer so far and, if good, what to create. */
    private record Line(int row, String fullName, String email, AccountRole role, String code, AccountPlaces.Target target,
                        String[] name, List<FieldError> problems) {
    }

    /**
     * Checks every row, then (unless a dry run or a bad row) creates the accounts in Keycloak one by one and records them
     * in Rostok (notes, audit, setup links) in one short transaction at the end; should anything fail, the accounts
     * made are deleted again. No database transaction is held while Keycloak works.
     */
    public UsersImport run(byte[] file, boolean dryRun, Locale locale) {
        List<Line> lines = read(file);
        checkTakenEmails(lines);
        List<FieldError> errors = lines.stream().flatMap(l -> l.problems().stream()).toList();
        int bad = (int) lines.stream().filter(l -> !l.problems().isEmpty()).count();
        if (dryRun || bad > 0) {
            List<UsersImport.Row> rows = lines.stream().filter(l -> dryRun || !l.problems().isEmpty())
                    .map(l -> row(l, null, null, locale)).toList();
            UsersImport answer = new UsersImport(bad == 0, lines.size(), bad, rows);
            if (dryRun) {
                return answer;
            }
            throw new ApiException(422, "/problems/import-rejected", "problem.importRejected", errors, "account.importRejected", bad)
                    .withRows(answer.rows());
        }
        List<UserRepresentation> created = new ArrayList<>();
        try {
            for (Line l : lines) {
                UserRepresentation user = AccountService.representation(l.name()[0], l.name()[1], l.name()[2], l.email(), l.target());
                user.setId(keycloak.create(user, l.role()));
                user.setCreatedTimestamp(System.currentTimeMillis());
                created.add(user);
            }
            return QuarkusTransaction.requiringNew().timeout(600).call(() -> record(lines, created, locale));
        } catch (RuntimeException e) {
            created.forEach(u -> keycloak.delete(u.getId()));
            throw e;
        }
    }

    private UsersImport record(List<Line> lines, List<UserRepresentation> created, Locale locale) {
        List<UsersImport.Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            UserRepresentation user = created.get(i);
            Account account = accounts.note(user.getId());
            UserAccountView view = accounts.view(new AccountService.Found(user, l.role()), account);
            audit.imported(AccountService.ENTITY, account.id, view.username(), l.target().regionId(), null, view);
            rows.add(row(l, user.getId(), setups.issue(account), locale));
        }
        return new UsersImport(true, lines.size(), 0, rows);
    }

    /** Asks Keycloak about the file's addresses a few at a time: one already taken makes its row bad. */
    private void checkTakenEmails(List<Line> lines) {
        List<Line> asked = lines.stream().filter(l -> l.email() != null && l.problems().stream().noneMatch(p -> EMAIL.equals(p.column()))).toList();
        java.util.function.Predicate<String> emailTaken = keycloak.emailTaken();
        ExecutorService pool = Executors.newFixedThreadPool(EMAIL_CHECKS);
        try {
            List<Future<Boolean>> taken = new ArrayList<>();
            for (Line l : asked) {
                taken.add(pool.submit(() -> emailTaken.test(l.email())));
            }
            for (int i = 0; i < asked.size(); i++) {
                if (taken.get(i).get()) {
                    asked.get(i).problems().add(FieldError.cell(asked.get(i).row(), EMAIL, "account.importEmailTaken"));
                }
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        lines.forEach(l -> l.problems().sort(java.util.Comparator.comparing(p -> COLUMNS.indexOf(p.column()))));
    }

    private static UsersImport.Row row(Line l, String userId, AccountSetup setup, Locale locale) {
        return new UsersImport.Row(l.row(), l.fullName(), l.email(), l.role() == null ? null : l.role().key, l.code(),
                l.target() == null ? null : l.target().name(),
                l.problems().stream().map(p -> ProblemTexts.text(locale, p.message(), p.args().toArray())).toList(), userId, setup);
    }

    private List<Line> read(byte[] file) {
        XlsxLimits.checkUnpacked(file);
        List<Line> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> rows = stream.iterator();
            if (!rows.hasNext()) {
                throw rejected(FieldError.cell(1, null, "account.importNoHeader"));
            }
            Row header = rows.next();
            XlsxLimits.checkRow(header);
            Map<String, Integer> columns = header(header);
            Map<String, Integer> emailRows = new HashMap<>();
            for (int count = 1; rows.hasNext(); count++) {
                Row row = rows.next();
                XlsxLimits.checkRow(row);
                if (count > MAX_ROWS) {
                    throw rejected(FieldError.cell(MAX_ROWS + 2, null, "account.importTooManyRows", MAX_ROWS));
                }
                Map<String, String> cells = new HashMap<>();
                columns.forEach((title, index) -> cells.put(title, XlsxCells.text(row, index)));
                if (cells.values().stream().allMatch(v -> v == null)) {
                    continue;
                }
                lines.add(line(row.getRowNum(), cells, emailRows));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw new ApiException(400, "/problems/not-xlsx", "problem.notXlsx", null, "account.notXlsx");
        }
        if (lines.isEmpty()) {
            throw rejected(FieldError.cell(2, null, "account.importNoRows"));
        }
        return lines;
    }

    private static Map<String, Integer> header(Row row) {
        Map<String, Integer> titles = new HashMap<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            String title = XlsxCells.text(row, c);
            if (title != null) {
                titles.put(Text.fold(title), c);
            }
        }
        Map<String, Integer> columns = new HashMap<>();
        List<FieldError> missing = new ArrayList<>();
        for (String column : COLUMNS) {
            Integer index = titles.get(Text.fold(column));
            if (index == null) {
                missing.add(FieldError.cell(row.getRowNum(), column, "account.importColumnMissing", column));
            } else {
                columns.put(column, index);
            }
        }
        if (!missing.isEmpty()) {
            throw new ApiException(422, "/problems/import-rejected", "problem.importRejected", missing, "account.importRejected", 1);
        }
        return columns;
    }

    private Line line(int rowNum, Map<String, String> cells, Map<String, Integer> emailRows) {
        List<FieldError> problems = new ArrayList<>();
        String fullName = cells.get(NAME);
        String[] name = fullName == null ? null : fullName.strip().split("\\s+", 3);
        if (name == null || name.length < 2) {
            problems.add(FieldError.cell(rowNum, NAME, "account.importNameInvalid"));
            name = null;
        } else if (name.length == 2) {
            name = new String[] {name[0], name[1], null};
        }
        String email = cells.get(EMAIL) == null ? null : cells.get(EMAIL).strip().toLowerCase(Locale.ROOT);
        if (email == null || !EMAIL_PATTERN.matcher(email).matches() || email.length() > 200) {
            problems.add(FieldError.cell(rowNum, EMAIL, "account.importEmailInvalid"));
        } else {
            Integer first = emailRows.putIfAbsent(email, rowNum);
            if (first != null) {
                problems.add(FieldError.cell(rowNum, EMAIL, "account.importEmailRepeated", first));
            }
        }
        String roleText = cells.get(ROLE);
        AccountRole role = roleText == null ? null : AccountRole.parse(roleText).orElse(null);
        String code = cells.get(CODE);
        AccountPlaces.Target target = null;
        if (role == null) {
            problems.add(FieldError.cell(rowNum, ROLE, "account.importRoleUnknown"));
        } else if (!policy.mayGive(role)) {
            problems.add(FieldError.cell(rowNum, ROLE, "account.importRoleForbidden", role.russian));
        } else {
            Optional<AccountPlaces.Target> found = places.byCode(role, code);
            if (found.isEmpty()) {
                problems.add(FieldError.cell(rowNum, CODE, code == null ? "account.importCodeRequired" : "account.importCodeUnknown", code == null ? "" : code));
            } else if (!policy.covers(found.get().place())) {
                problems.add(FieldError.cell(rowNum, CODE, "account.importOutsideScope"));
            } else {
                target = found.get();
            }
        }
        return new Line(rowNum, fullName, email, role, code, target, name, problems);
    }


    private static ApiException rejected(FieldError error) {
        return new ApiException(422, "/problems/import-rejected", "problem.importRejected", List.of(error), "account.importRejected", 1);
    }

    /** An empty sheet with the import's columns and a second sheet naming the roles and the code each needs. */
    public void template(OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Rostok", "1.0");
        Worksheet sheet = wb.newWorksheet("Пользователи");
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.value(0, c, COLUMNS.get(c));
            sheet.style(0, c).bold().set();
            sheet.width(c, c == 3 ? 50 : 36);
        }
        Worksheet roles = wb.newWorksheet("Роли");
        roles.value(0, 0, "Роль");
        roles.value(0, 1, "Что указать в последнем столбце");
        roles.style(0, 0).bold().set();
        roles.style(0, 1).bold().set();
        roles.width(0, 30);
        roles.width(1, 60);
        int r = 1;
        for (AccountRole role : policy.creatableRoles()) {
            roles.value(r, 0, role.russian);
            roles.value(r, 1, switch (role) {
                case ADMIN -> "ничего";
                case REGIONAL_ANALYST -> "код субъекта РФ (две цифры)";
                case MUNICIPAL_COORDINATOR -> "ОКТМО муниципального образования";
                case SCHOOL_STAFF -> "ИНН школы";
            });
            r++;
        }
        wb.finish();
    }
}
