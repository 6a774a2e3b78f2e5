package ru.rostok;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.common.FieldError;
import ru.rostok.common.Problem;

/** The API's description; the problem schema is declared here because errors are documented by a filter. */
@OpenAPIDefinition(
        info = @Info(title = "Rostok API", version = "1.0.0",
                license = @License(name = "Proprietary", identifier = "LicenseRef-Rostok-Proprietary")),
        tags = {
                @Tag(name = "Me", description = "The caller and their scope"),
                @Tag(name = "Territories", description = "Regions and municipalities"),
                @Tag(name = "Bodies", description = "Ministries, education authorities, methodological centres"),
                @Tag(name = "Schools", description = "The school registry, its export and import"),
                @Tag(name = "Audit", description = "History of every write"),
                @Tag(name = "Accounts", description = "People and access: accounts in Keycloak"),
                @Tag(name = "Indicators", description = "A region's indicator catalogue and its revisions"),
                @Tag(name = "Campaigns", description = "Monitoring campaigns: approval by an order, opening, closing, publication, progress"),
                @Tag(name = "Submissions", description = "A school's values for a campaign: drafts, handing in, review"),
                @Tag(name = "Municipal submissions", description = "A municipality's values for a campaign of municipalities: drafts, handing in, review, progress"),
                @Tag(name = "Campaign values", description = "Every value of a campaign: XLSX template and import, bulk load, exports"),
                @Tag(name = "Roadmaps", description = "Roadmaps, their measures, progress reports and versions"),
                @Tag(name = "Decisions", description = "Decisions with numbered points, their reports and deadline extensions"),
                @Tag(name = "Documents", description = "Decisions and roadmaps read from their files; orders, annual reports, letters, decisions and roadmaps as DOCX and PDF"),
                @Tag(name = "Control", description = "My work, the control dashboard and reminders"),
                @Tag(name = "Evidence", description = "Files attached to reports"),
                @Tag(name = "Events", description = "Meetings, interviews, seminars, visits and courses held on measures and points"),
                @Tag(name = "Analysis", description = "Analyses of a campaign: standardised indicators, composite index, positions"),
                @Tag(name = "School lists", description = "Lists of ШНОР and ШНСУ, the rules that draft them, each school's history"),
                @Tag(name = "Risk profiles", description = "Risk factors of a region and the profiles schools confirm or correct"),
                @Tag(name = "Partnerships", description = "Partner schools and interaction plans"),
                @Tag(name = "Effect", description = "The effect of support: supported schools against comparable ones, before and after"),
                @Tag(name = "Recommendations", description = "Targeted recommendations and reports on them"),
                @Tag(name = "Training", description = "Further training of teachers (повышение квалификации): planned, completed, what falls due"),
                @Tag(name = "Management cycle", description = "The completeness of each municipality's management cycle, as a matrix and XLSX"),
                @Tag(name = "School page", description = "Everything about one school in one answer, each block within the caller's scope"),
                @Tag(name = "Staff", description = "Педагоги: the teaching staff of schools, their cards (every read audited), archive, XLSX import and export"),
                @Tag(name = "Deficits", description = "Teachers' competence assessments (диагностика) and professional deficits: entry, XLSX import, counts by subject and topic"),
                @Tag(name = "Routes", description = "Individual educational routes (ИОМ) of teachers with deficits, their steps, mentors from partner schools"),
                @Tag(name = "Trends", description = "An indicator across campaigns with its spread and intervals; municipalities side by side"),
        },
        servers = @Server(url = "/", description = "The server that serves this document"),
        components = @Components(schemas = {
                @Schema(name = "Problem", implementation = Problem.class),
                @Schema(name = "FieldError", implementation = FieldError.class)
        }))
public class RostokApi extends Application {
}
