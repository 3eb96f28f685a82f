package nl.stip.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.TestGeometry;
import nl.stip.participation.RoundFixture;
import tools.jackson.databind.JsonNode;

/**
 * The participatieverslag of a round seeded through the API as people would (reactions with themes and stances, a
 * hidden one, answers to the questions, an initiator's answer, a concerned neighbour, a design change after the round):
 * the JSON's figures equal the stored data, the PDF (read back with PDFBox), the CSV (parsed back) and the GeoJSON
 * (read by GDAL) say the same, two generations are the same, and who gets it per role.
 */
class ParticipatieverslagIT extends RoundFixture {

    private static final String SCRIPT = "<script>alert('x')</script> (haakjes) \\\\ %PDF-1.4 wij verlagen de serre";

    private record Seeded(long plan, long round, long hidden) {
    }

    private Seeded seed() {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        String neighbourEmail = concernedResidentEmail(plan);
        Browser neighbour = login(neighbourEmail);
        Browser resident = login(RESIDENT);
        post(resident, round, "concern", "sunlight", "Te veel schaduw");
        post(resident, round, "concern", "height", "Te hoog");
        post(resident, round, "support", "green", "Mooi groen");
        long hidden = post(resident, round, "neutral", "traffic", "Verberg mij");
        long sun = post(neighbour, round, "concern", "sunlight", "Mijn tuin ligt in de schaduw");
        post(neighbour, round, "support", "sunlight", "Wel mooi licht in de serre");
        Http.Response hide = login(PLANNER).post("/api/v1/contributions/" + hidden + "/hide", "{\"reason\":\"Test\"}");
        assertThat(hide.status()).as(hide.text()).isEqualTo(200);
        Http.Response answer = login(OWNER).post("/api/v1/contributions/" + sun + "/initiator-answer", "{\"text\":\"" + SCRIPT + "\"}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        JsonNode questions = login(PLANNER).get("/api/v1/rounds/" + round).json().get("questions");
        long scale = questions.get(0).get("id").asLong();
        long choice = questions.get(1).get("id").asLong();
        long open = questions.get(2).get("id").asLong();
        answer(resident, round, scale, "4");
        answer(neighbour, round, scale, "2");
        answer(resident, round, choice, "\"wit\"");
        answer(neighbour, round, choice, "\"wit\"");
        answer(resident, round, open, "\"Mooi plan, bewoner@demo.stip.nl\"");
        Http.Response closed = login(PLANNER).post("/api/v1/rounds/" + round + "/close", "{}");
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        // After the round the owner lowers the serre: the Wijzigingsprint between the version at the opening and now.
        Http.Response lowered = login(OWNER).put("/api/v1/plans/" + plan + "/design", "{\"baseVersion\":1,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":"
                + TestGeometry.rect(garden.x, garden.y, 3, 4) + ",\"baseHeight\":0,\"height\":3,\"roof\":{\"type\":\"flat\"}}]}}");
        assertThat(lowered.status()).as(lowered.text()).isEqualTo(201);
        return new Seeded(plan, round, hidden);
    }

    private long post(Browser who, long round, String stance, String theme, String text) {
        Http.Response r = who.post("/api/v1/rounds/" + round + "/reactions", "{\"stance\":\"" + stance + "\",\"theme\":\"" + theme + "\",\"text\":\""
                + text + "\",\"place\":" + place(2, 3, 2) + ",\"volumeIndex\":0}");
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static void answer(Browser who, long round, long question, String value) {
        Http.Response r = who.put("/api/v1/rounds/" + round + "/questions/" + question + "/answer", "{\"value\":" + value + "}");
        assertThat(r.status()).as(r.text()).isEqualTo(204);
    }

    @Test
    void the_report_of_a_seeded_round_says_what_is_stored_in_every_format() throws Exception {
        Seeded s = seed();
        Browser planner = login(PLANNER);
        Http.Response response = planner.get("/api/v1/rounds/" + s.round() + "/report");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode report = response.json();
        List<String> partIds = new java.util.ArrayList<>();
        report.get("parts").forEach(p -> partIds.add(p.get("id").asString()));
        assertThat(partIds).startsWith("of-en-hoe", "met-wie", "wat-kwam-eruit").endsWith("wat-is-ermee-gedaan");

        // The sun at the neighbours of the plan's design (issue 14): the report's row says what the plan's study says.
        assertThat(partIds).contains("sunlight");
        List<String> sunRow = rows(table(report, "sunlight", "sunlight")).get("Oorspronkelijk plan");
        JsonNode study = login(OWNER).get("/api/v1/plans/" + s.plan() + "/sunlight").json();
        assertThat(sunRow.get(0)).isEqualTo(String.valueOf(study.get("buildings").size()));
        assertThat(sunRow.get(5)).isEqualTo(String.valueOf(study.get("gardens").size()));

        // (c) reactions per theme and stance equal the stored published reactions
        Map<String, List<String>> themes = rows(table(report, "wat-kwam-eruit", "reacties-per-thema"));
        Map<String, String> labels = Map.of("height", "Hoogte", "sunlight", "Bezonning", "privacy", "Privacy", "traffic", "Verkeer",
                "green", "Groen", "noise", "Geluid", "other", "Overig");
        for (Map.Entry<String, String> theme : labels.entrySet()) {
            List<String> expected = new ArrayList<>();
            long total = 0;
            for (String stance : List.of("support", "neutral", "concern")) {
                long n = count("SELECT count(*) FROM round_contribution WHERE round_id = ? AND kind = 'reaction' AND status = 'published' AND theme = ? AND stance = ?",
                        s.round(), theme.getKey(), stance);
                expected.add(String.valueOf(n));
                total += n;
            }
            expected.add(String.valueOf(total));
            assertThat(themes.get(theme.getValue())).as(theme.getValue()).containsExactlyElementsOf(expected);
        }
        assertThat(themes.get("Bezonning")).containsExactly("1", "0", "2", "3");
        assertThat(themes.get("Verkeer")).as("the hidden reaction is not counted").containsExactly("0", "0", "0", "0");

        // (a) the timeline counts the hidden reaction and the moderation
        Map<String, List<String>> timeline = rows(table(report, "of-en-hoe", "tijdlijn"));
        assertThat(timeline.get("Reacties, gepubliceerd")).containsExactly(String.valueOf(
                count("SELECT count(*) FROM round_contribution WHERE round_id = ? AND kind = 'reaction' AND status = 'published'", s.round())));
        assertThat(timeline.get("Reacties, verborgen")).containsExactly("1");
        assertThat(timeline.get("Moderatie: verborgen")).containsExactly("1");
        assertThat(timeline.get("Antwoorden van de initiatiefnemer, gepubliceerd")).containsExactly("1");

        // questions: distributions equal the stored answers
        Map<String, List<String>> scale = rows(table(report, "wat-kwam-eruit", "vraag-1"));
        assertThat(scale.get("2")).containsExactly("1");
        assertThat(scale.get("4")).containsExactly("1");
        assertThat(scale.get("Aantal antwoorden")).containsExactly(String.valueOf(count(
                "SELECT count(*) FROM round_answer a JOIN round_question q ON q.id = a.question_id WHERE q.round_id = ? AND q.position = 0", s.round())));
        Map<String, List<String>> choice = rows(table(report, "wat-kwam-eruit", "vraag-2"));
        assertThat(choice.get("wit")).containsExactly("2");
        assertThat(choice.get("grijs")).as("an option nobody chose is there with 0").containsExactly("0");
        assertThat(rows(table(report, "wat-kwam-eruit", "vraag-3")).get("Aantal antwoorden")).containsExactly("1");

        // (b) two participants, one of them with a confirmed home in the set: all below 5, never exact
        Map<String, List<String>> people = rows(table(report, "met-wie", "deelnemers"));
        assertThat(people.get("Deelnemers")).containsExactly("< 5");
        assertThat(people.get("Deelnemers met een bevestigd adres in de kring")).containsExactly("< 5");
        for (JsonNode row : table(report, "met-wie", "deelnemers-per-ring").get("rows")) {
            for (int i = 1; i < row.size(); i++) {
                assertThat(row.get(i).asString()).isEqualTo("< 5");
            }
        }
        // the concerned addresses per ring: each ring's total is the concerned set's count or hidden, never a number below 5
        JsonNode rings = login(OWNER).get("/api/v1/plans/" + s.plan() + "/concerned").json().get("rings");
        Map<String, List<String>> addresses = rows(table(report, "met-wie", "betrokken-adressen"));
        Map<String, String> ringLabels = Map.of("0-25", "0–25 m", "25-50", "25–50 m", "50-100", "50–100 m", "100+", "> 100 m");
        for (JsonNode ring : rings) {
            String shown = addresses.get(ringLabels.get(ring.get("ring").asString())).get(4);
            long known = ring.get("addresses").asLong();
            assertThat(shown).as(ring.toString()).isIn("< 5", String.valueOf(known));
            if (known < 5) {
                assertThat(shown).isEqualTo("< 5");
            }
        }
        addresses.values().forEach(row -> row.forEach(cell -> assertThat(cell).doesNotMatch("[0-4]")));
        assertThat(rows(table(report, "met-wie", "soort-adres")).get("Bewoners")).containsExactly("onbekend");

        // (d) the initiator's answer per theme, the plan changed at the volume reacted to, the Wijzigingsprint of plans
        Map<String, List<String>> perTheme = rows(table(report, "wat-is-ermee-gedaan", "per-thema"));
        assertThat(perTheme.get("Bezonning")).containsExactly("3", "1", "volume 1", "ja: volume 1");
        assertThat(perTheme.get("Groen")).containsExactly("1", "0", "volume 1", "ja: volume 1");
        assertThat(rows(table(report, "wat-is-ermee-gedaan", "antwoorden")).get("Bezonning")).containsExactly(SCRIPT.replace("\\\\", "\\"));
        List<String> print = new ArrayList<>();
        table(report, "wat-is-ermee-gedaan", "wijzigingsprint").get("rows").forEach(r -> print.add(r.get(0).asString()));
        List<String> planLines = new ArrayList<>();
        login(OWNER).get("/api/v1/plans/" + s.plan() + "/versions/2/changes").json().get("summary").forEach(l -> planLines.add(l.asString()));
        assertThat(print).isEqualTo(planLines).isNotEmpty();

        // no personal data: no e-mail address, no name, no address of a participant
        assertThat(response.text()).doesNotContain("@").doesNotContain("Mooi plan").doesNotContain("Te veel schaduw");

        // GeoJSON: the published reactions as points, read by GDAL
        Browser.Binary geojson = planner.bytes("/api/v1/rounds/" + s.round() + "/report.geojson");
        assertThat(geojson.status()).isEqualTo(200);
        long published = count("SELECT count(*) FROM round_contribution WHERE round_id = ? AND kind = 'reaction' AND status = 'published'", s.round());
        // ... and the sun section's norm points, one per neighbour whose sun the plan takes (issue 14)
        JsonNode mapFeatures = planner.get("/api/v1/rounds/" + s.round() + "/report.geojson").json().get("features");
        int sunPoints = login(OWNER).get("/api/v1/plans/" + s.plan() + "/sunlight").json().get("buildings").size();
        long reactionsOnMap = mapFeatures.valueStream().filter(f -> !"sunlight".equals(f.at("/properties/part").asString(""))).count();
        assertThat(reactionsOnMap).isEqualTo(published);
        assertThat(mapFeatures.size()).isEqualTo((int) published + sunPoints);
        assertThat(new String(geojson.body(), StandardCharsets.UTF_8)).doesNotContain("@").doesNotContain("author");
        assertThat(planner.bytes("/api/v1/rounds/" + s.round() + "/report.geojson").body()).as("reproducible").isEqualTo(geojson.body());
        ogrFeatureCount(geojson.body(), published + sunPoints);

        // CSV: every table parsed back equals the JSON; reproducible byte for byte
        Browser.Binary zip = planner.bytes("/api/v1/rounds/" + s.round() + "/report.csv.zip");
        assertThat(zip.status()).isEqualTo(200);
        Map<String, List<List<String>>> csv = unzip(zip.body());
        for (JsonNode part : report.get("parts")) {
            for (JsonNode table : part.get("tables")) {
                List<List<String>> expected = new ArrayList<>();
                expected.add(strings(table.get("columns")));
                table.get("rows").forEach(r -> expected.add(strings(r)));
                assertThat(csv.get(part.get("id").asString() + "-" + table.get("id").asString() + ".csv")).as(table.get("id").asString()).isEqualTo(expected);
            }
        }
        assertThat(planner.bytes("/api/v1/rounds/" + s.round() + "/report.csv.zip").body()).as("reproducible").isEqualTo(zip.body());

        // PDF: the numbers are in its text; the same text twice; a reaction's markup is just text
        Browser.Binary pdf = planner.bytes("/api/v1/rounds/" + s.round() + "/report.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        String text = pdfText(pdf.body());
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("Participatieverslag").contains("Reacties per thema en houding")
                .contains("Bezonning 1 0 2 3").contains("Groen 1 0 0 1").contains("Hoogte 0 0 1 1")
                .contains("Reacties, verborgen 1").contains("Moderatie: verborgen 1").contains("wit 2").contains("< 5")
                .contains("<script>alert('x')</script> (haakjes)");
        assertThat(pdfText(planner.bytes("/api/v1/rounds/" + s.round() + "/report.pdf").body())).isEqualTo(text);
        assertThat(text).doesNotContain("@");
    }

    @Test
    void who_gets_the_report_per_role() {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        String path = "/api/v1/rounds/" + round + "/report";
        Http.Response open = login(PLANNER).get(path);
        assertThat(open.status()).as("while open").isEqualTo(409);
        assertThat(open.json().get("detail").asString()).contains("pas als de ronde gesloten is");
        assertThat(login(RESIDENT).get(path).status()).isEqualTo(409);
        assertThat(login(PLANNER).post("/api/v1/rounds/" + round + "/close", "{}").status()).isEqualTo(200);

        // published plan: everyone who may read the round
        Map<String, Browser> roles = new LinkedHashMap<>();
        roles.put("anonymous", anonymous());
        roles.put("resident", login(RESIDENT));
        roles.put("advisor", login(ADVISOR));
        roles.put("planner", login(PLANNER));
        roles.put("owner", login(OWNER));
        for (Map.Entry<String, Browser> role : roles.entrySet()) {
            for (String suffix : List.of("", ".pdf", ".csv.zip", ".geojson")) {
                assertThat(role.getValue().bytes(path + suffix).status()).as(role.getKey() + " " + suffix + " on a published plan").isEqualTo(200);
            }
        }
        // unpublished: the owner and planners only; to anyone else the round does not exist
        Http.Response withdrawn = login(OWNER).send("DELETE", "/api/v1/plans/" + plan + "/publication", null);
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        Map<String, Integer> expected = Map.of("anonymous", 404, "resident", 404, "advisor", 404, "planner", 200, "owner", 200);
        for (Map.Entry<String, Browser> role : roles.entrySet()) {
            for (String suffix : List.of("", ".pdf", ".csv.zip", ".geojson")) {
                assertThat(role.getValue().bytes(path + suffix).status()).as(role.getKey() + " " + suffix + " on an unpublished plan")
                        .isEqualTo(expected.get(role.getKey()));
            }
        }
        assertThat(login(PLANNER).get("/api/v1/rounds/999999999/report").status()).isEqualTo(404);
        assertThat(anonymous().get("/api/v1/rounds/999999999/report.pdf").status()).isEqualTo(404);
    }

    private static JsonNode table(JsonNode report, String part, String table) {
        for (JsonNode p : report.get("parts")) {
            if (p.get("id").asString().equals(part)) {
                for (JsonNode t : p.get("tables")) {
                    if (t.get("id").asString().equals(table)) {
                        return t;
                    }
                }
            }
        }
        throw new AssertionError("no table " + part + "/" + table + " in " + report);
    }

    /** The rows by their first cell, the other cells. */
    private static Map<String, List<String>> rows(JsonNode table) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (JsonNode row : table.get("rows")) {
            List<String> cells = strings(row);
            rows.put(cells.get(0), cells.subList(1, cells.size()));
        }
        return rows;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }

    private static Map<String, List<List<String>>> unzip(byte[] zip) throws IOException {
        Map<String, List<List<String>>> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                List<List<String>> records = new ArrayList<>();
                try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                        .parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
                    for (CSVRecord r : parser) {
                        records.add(r.toList());
                    }
                }
                files.put(entry.getName(), records);
            }
        }
        return files;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void ogrFeatureCount(byte[] geojson, long expected) throws Exception {
        Path ogrinfo = Path.of("/usr/bin/ogrinfo");
        if (!Files.isExecutable(ogrinfo)) {
            System.out.println("ogrinfo is not installed: the GeoJSON is not read by GDAL in this run");
            Assumptions.assumeTrue(false, "ogrinfo is not installed");
        }
        Path file = Files.createTempFile("participatieverslag", ".geojson");
        try {
            Files.write(file, geojson);
            Process p = new ProcessBuilder(ogrinfo.toString(), "-ro", "-so", "-al", file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(out).isZero();
            assertThat(out).contains("Feature Count: " + expected).contains("Point");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
