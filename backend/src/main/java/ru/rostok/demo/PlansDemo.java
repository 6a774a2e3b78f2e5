package ru.rostok.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.math.BigDecimal;
import java.util.List;
import ru.rostok.control.AssignmentIndicator;
import ru.rostok.monitoring.Indicator;
import ru.rostok.roadmap.MeasureIndicator;
import java.util.Map;
import org.jboss.logging.Logger;
import ru.rostok.body.Body;
import ru.rostok.common.schedule.ScheduleContext;
import ru.rostok.common.schedule.ScheduleParser;
import ru.rostok.control.Assignment;
import ru.rostok.control.AssignmentAssignee;
import ru.rostok.control.Decision;
import ru.rostok.control.DecisionAssessment;
import ru.rostok.control.DecisionKind;
import ru.rostok.control.Verdict;
import ru.rostok.roadmap.ApprovalKind;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.MeasureResponsible;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.roadmap.RoadmapLevel;
import ru.rostok.roadmap.RoadmapRevision;
import ru.rostok.roadmap.RoadmapStatus;
import ru.rostok.roadmap.service.RoadmapService;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/**
 * The seeds' two roadmaps (002 Славск, 003 Оленегорск) and two decisions (000 Керчь 5/3, 001 Крым 7/3) as
 * structured records, their texts exactly as the documents write them (demo/roadmaps.json, demo/decisions.json).
 */
@ApplicationScoped
public class PlansDemo {
    private static final Logger LOG = Logger.getLogger(PlansDemo.class);

    @Inject
    ObjectMapper json;

    @Inject
    RoadmapService roadmaps;

    /**
     * Target indicators of some measures and points, by the territory's code, the document's number (a plan's: «plan»)
     * and the item's number: plausible values for the seeds' own words («повышение качества», «снижение доли „2“»).
     */
    private static final Map<String, Map<String, String>> TARGETS = Map.of(
            "27730000/plan", Map.of("8", "OBJ_CONFIRM=70", "13", "VPR_F2=15", "15", "OGE_F2_RU=10;OGE_F2_MA=15"),
            "47712000/plan", Map.of("5", "SUCC_RATE=95;QUAL_RATE=35", "9", "VPR_F2=12"),
            "35715000/5/3", Map.of("2.1", "VPR_F2=15;OGE_F2_MA=15", "3.1", "SUCC_RATE=95"),
            "91/7/3", Map.of("3.3", "VPR_F2=12;VPR_BASIC_OK=85"));

    /** The targets an item of a document is given in the demo, as indicator ids of the region and values. */
    private static Map<Long, BigDecimal> targets(String territory, String document, String item, Region region) {
        String spec = TARGETS.getOrDefault(territory + "/" + document, Map.of()).get(item);
        Map<Long, BigDecimal> found = new LinkedHashMap<>();
        if (spec != null) {
            for (String pair : spec.split(";")) {
                String[] kv = pair.split("=");
                Indicator.findCurrent(region.id, kv[0]).ifPresent(i -> found.put(i.id, new BigDecimal(kv[1])));
            }
        }
        return found;
    }

    void seed() {
        int measures = 0;
        for (JsonNode r : read("roadmaps.json")) {
            measures += roadmap(r);
        }
        int points = 0;
        for (JsonNode d : read("decisions.json")) {
            points += decision(d);
        }
        LOG.infof("Demo plans created: %d roadmaps with %d measures, %d decisions with %d points",
                Roadmap.count(), measures, Decision.count(), points);
    }

    private int roadmap(JsonNode node) {
        Roadmap r = new Roadmap();
        r.title = node.get("title").asText();
        r.level = RoadmapLevel.valueOf(node.get("level").asText());
        r.region = Region.findByCode(node.get("regionCode").asText()).orElseThrow();
        r.municipality = text(node, "municipalityOktmo") == null ? null : Municipality.findByOktmo(text(node, "municipalityOktmo")).orElseThrow();
        r.ownerBody = body(text(node, "ownerBodyInn"));
        r.periodFrom = LocalDate.parse(node.get("periodFrom").asText());
        r.periodTo = LocalDate.parse(node.get("periodTo").asText());
        JsonNode approval = node.get("approval");
        r.approvalKind = ApprovalKind.valueOf(approval.get("kind").asText());
        r.approvalNumber = approval.get("number").asText();
        r.approvalDate = LocalDate.parse(approval.get("date").asText());
        r.approvalIssuer = text(approval, "issuer");
        r.controller = text(node, "controller");
        Map<String, String> abbreviations = new LinkedHashMap<>();
        node.path("abbreviations").fields().forEachRemaining(e -> abbreviations.put(e.getKey(), e.getValue().asText()));
        r.abbreviations = abbreviations;
        r.status = RoadmapStatus.IN_PROGRESS;
        r.persist();
        ScheduleContext context = ScheduleContext.ofPlan(r.documentDate(), r.periodFrom, r.periodTo);
        int position = 0;
        for (JsonNode m : node.get("measures")) {
            Measure measure = new Measure();
            measure.roadmap = r;
            measure.number = m.get("number").asText();
            measure.position = ++position;
            measure.text = m.get("text").asText();
            measure.deadlineText = text(m, "deadline");
            measure.schedule = measure.deadlineText == null ? null : ScheduleParser.parse(measure.deadlineText, context);
            measure.expectedResult = text(m, "expectedResult");
            int n = 0;
            for (JsonNode resp : m.path("responsible")) {
                MeasureResponsible mr = new MeasureResponsible();
                mr.measure = measure;
                mr.position = ++n;
                mr.label = resp.get("label").asText();
                mr.body = body(text(resp, "bodyInn"));
                mr.allSchools = resp.path("allSchools").asBoolean(false);
                measure.responsible.add(mr);
            }
            measure.persist();
            String territory = r.municipality != null ? r.municipality.oktmo : r.region.code;
            targets(territory, "plan", measure.number, r.region).forEach((indicator, value) -> {
                MeasureIndicator target = new MeasureIndicator();
                target.measureId = measure.id;
                target.indicatorId = indicator;
                target.targetValue = value;
                target.persist();
            });
        }
        Roadmap.getEntityManager().flush();
        RoadmapRevision revision = new RoadmapRevision();
        revision.roadmapId = r.id;
        revision.number = 0;
        revision.reason = "Утверждена";
        revision.actor = "system";
        revision.occurredAt = r.approvalDate.atTime(9, 0).atOffset(OffsetDateTime.now().getOffset());
        revision.snapshot = json.valueToTree(roadmaps.view(r));
        revision.persist();
        return position;
    }

    private int decision(JsonNode node) {
        Decision d = new Decision();
        d.kind = DecisionKind.valueOf(node.get("kind").asText());
        d.number = node.get("number").asText();
        d.date = LocalDate.parse(node.get("date").asText());
        d.title = node.get("title").asText();
        d.preamble = text(node, "preamble");
        d.issuerBody = body(text(node, "issuerBodyInn"));
        d.issuerLabel = node.get("issuer").asText();
        d.region = Region.findByCode(node.get("regionCode").asText()).orElseThrow();
        d.municipality = text(node, "municipalityOktmo") == null ? null : Municipality.findByOktmo(text(node, "municipalityOktmo")).orElseThrow();
        JsonNode controller = node.path("controller");
        d.controllerLabel = text(controller, "label");
        d.controllerBody = body(text(controller, "bodyInn"));
        d.controllerPerson = text(controller, "person");
        d.persist();
        int[] position = {0};
        points(d, null, node.get("points"), ScheduleContext.ofDocument(d.date), position);
        assessments(d, node.path("assessments"));
        return position[0];
    }

    private void points(Decision d, Assignment parent, JsonNode nodes, ScheduleContext context, int[] position) {
        for (JsonNode p : nodes) {
            Assignment a = new Assignment();
            a.decision = d;
            a.parent = parent;
            a.number = p.get("number").asText();
            a.position = ++position[0];
            a.text = p.get("text").asText();
            a.deadlineText = text(p, "deadline");
            a.schedule = a.deadlineText == null ? null : ScheduleParser.parse(a.deadlineText, context);
            int n = 0;
            for (JsonNode as : p.path("assignees")) {
                AssignmentAssignee assignee = new AssignmentAssignee();
                assignee.assignment = a;
                assignee.position = ++n;
                assignee.label = as.get("label").asText();
                assignee.person = text(as, "person");
                assignee.body = body(text(as, "bodyInn"));
                assignee.allSchools = as.path("allSchools").asBoolean(false);
                a.assignees.add(assignee);
            }
            a.persist();
            String territory = d.municipality != null ? d.municipality.oktmo : d.region.code;
            targets(territory, d.number, a.number, d.region).forEach((indicator, value) -> {
                AssignmentIndicator target = new AssignmentIndicator();
                target.assignmentId = a.id;
                target.indicatorId = indicator;
                target.targetValue = value;
                target.persist();
            });
            points(d, a, p.path("points"), context, position);
        }
    }

    /** The collegium's assessments the decision's text makes («признать работу … удовлетворительной»). */
    private static void assessments(Decision d, JsonNode nodes) {
        int n = 0;
        for (JsonNode node : nodes) {
            DecisionAssessment a = new DecisionAssessment();
            a.decisionId = d.id;
            a.position = ++n;
            a.body = body(text(node, "bodyInn"));
            a.verdict = Verdict.valueOf(node.get("verdict").asText());
            a.words = text(node, "words");
            a.persist();
        }
    }

    private static Body body(String inn) {
        return inn == null ? null : Body.findByInn(inn).orElseThrow(() -> new IllegalStateException("Demo body missing: " + inn));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private List<JsonNode> read(String file) {
        try (InputStream in = PlansDemo.class.getResourceAsStream("/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Demo data file missing: " + file);
            }
            List<JsonNode> items = new java.util.ArrayList<>();
            json.readTree(in).forEach(items::add);
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
