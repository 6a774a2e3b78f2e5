package ru.rostok.common;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static ru.rostok.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;

/** The same bad request answers in the caller's language: Russian without Accept-Language or with ru, English with en. */
@QuarkusTest
class ProblemLanguageTest {

    private static RequestSpecification in(String user, String language) {
        RequestSpecification request = as(user);
        return language == null ? request : request.header("Accept-Language", language);
    }

    @Test
    void anUnknownSchoolIsNotFoundInTheCallersLanguage() {
        for (String russian : new String[] {null, "ru", "ru-RU,ru;q=0.9,en;q=0.8"}) {
            in("admin", russian).get("/api/v1/schools/987654321").then().statusCode(404).contentType("application/problem+json")
                    .body("title", is("Не найдено")).body("detail", is("Школа 987654321 не найдена"));
        }
        for (String english : new String[] {"en", "en-GB", "de;q=1.0, en;q=0.5"}) {
            in("admin", english).get("/api/v1/schools/987654321").then().statusCode(404).contentType("application/problem+json")
                    .body("title", is("Not found")).body("detail", is("School 987654321 not found"));
        }
    }

    @Test
    void aValidationErrorNamesTheFieldInTheCallersLanguage() {
        Map<String, Object> school = Api.newSchool(Api.municipalityId(Demo.KERCH));
        school.put("inn", "1234567890");
        school.put("pupils", -1);
        in("admin", null).body(school).post("/api/v1/schools").then().statusCode(400)
                .body("title", is("Ошибка в данных")).body("detail", is("Исправьте поля, отмеченные в списке ошибок"))
                .body("errors.message", hasItem("ИНН организации — 10 цифр с верной контрольной цифрой"))
                .body("errors.message", hasItem("Не может быть отрицательным"));
        in("admin", "en").body(school).post("/api/v1/schools").then().statusCode(400)
                .body("title", is("Invalid data")).body("detail", is("Correct the fields marked in the list of errors"))
                .body("errors.message", hasItem("An organisation's INN is 10 digits with a correct check digit"))
                .body("errors.message", hasItem("Cannot be negative"));
    }

    @Test
    void aConflictIsExplainedInTheCallersLanguage() {
        Map<String, Object> taken = Map.of("regionId", Api.regionId(Demo.CRIMEA), "oktmo", Demo.KERCH, "name", "Керчь ещё раз",
                "kind", "URBAN_DISTRICT");
        in("analyst.crimea", "ru").body(taken).post("/api/v1/municipalities").then().statusCode(409)
                .body("title", is("Конфликт")).body("detail", is("Муниципальное образование с ОКТМО " + Demo.KERCH + " уже есть"));
        in("analyst.crimea", "en").body(taken).post("/api/v1/municipalities").then().statusCode(409)
                .body("title", is("Conflict")).body("detail", is("A municipality with OKTMO " + Demo.KERCH + " already exists"));
    }

    @Test
    void aMalformedBodyAndAnUnknownAddressToo() {
        in("admin", "en").contentType("application/json").body("{\"pupils\": \"many\"}").post("/api/v1/schools").then().statusCode(400)
                .body("title", is("Invalid data")).body("errors[0].message", is("A number is expected"));
        in("admin", null).contentType("application/json").body("{\"pupils\": \"many\"}").post("/api/v1/schools").then().statusCode(400)
                .body("title", is("Ошибка в данных")).body("errors[0].message", is("Ожидается число"));
        in("admin", "en").get("/api/v1/no-such-thing").then().statusCode(404).body("detail", is("Address /api/v1/no-such-thing not found"));
    }

    @Test
    void aRequestRefusedBeforeItIsReadToo() {
        byte[] huge = new byte[7 * 1024 * 1024];
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        in("analyst.crimea", "en").contentType(xlsx).body(huge).post("/api/v1/schools/import").then().statusCode(413)
                .body("title", is("Request too large")).body("detail", org.hamcrest.Matchers.startsWith("The request is larger than"));
        in("analyst.crimea", null).contentType(xlsx).body(huge).post("/api/v1/schools/import").then().statusCode(413)
                .body("title", is("Слишком большой запрос")).body("detail", org.hamcrest.Matchers.startsWith("Запрос больше"));
    }
}
