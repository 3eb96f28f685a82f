package nl.stip.variants;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Browser;
import nl.stip.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A neighbour sees what a variant does to the sun: GET /api/v1/variants/{id}/sunlight for the readers of its round. A
 * variant with its main volume at 12 m takes more sun than one at 4 m.
 */
class VariantSunlightIT extends VariantFixture {

    private static double totalLoss(JsonNode study) {
        double total = 0;
        for (JsonNode b : study.get("buildings")) {
            total += b.get("worstLoss").asDouble();
        }
        return total;
    }

    @Test
    void aLowerVariantGivesSunBackAndOnlyTheRoundsReadersSeeIt() {
        long round = variantRound(twoVolumePlan());
        Browser resident = login(RESIDENT);
        long high = savedId(resident, round, variant("Hoog", volume(0, 0, 3, 4, 12) + "," + volume(4, 0, 2, 2, 3), ""));
        long low = savedId(resident, round, variant("Laag", volume(0, 0, 3, 4, 4) + "," + volume(4, 0, 2, 2, 3), ""));

        Http.Response highStudy = resident.get("/api/v1/variants/" + high + "/sunlight");
        assertThat(highStudy.status()).as(highStudy.text()).isEqualTo(200);
        Http.Response lowStudy = login(OWNER).get("/api/v1/variants/" + low + "/sunlight");
        assertThat(lowStudy.status()).as(lowStudy.text()).isEqualTo(200);
        assertThat(highStudy.json().get("buildings").size()).isPositive();
        assertThat(totalLoss(highStudy.json())).isGreaterThan(totalLoss(lowStudy.json()));
        assertThat(highStudy.text()).doesNotContain("@demo.stip.nl").doesNotContain("bewoner");

        Http.Response map = resident.get("/api/v1/variants/" + high + "/sunlight?format=geojson");
        assertThat(map.status()).isEqualTo(200);
        assertThat(map.contentType()).startsWith("application/geo+json");
        assertThat(resident.get("/api/v1/variants/" + high + "/sunlight?format=svg").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/v1/variants/" + high + "/sunlight").status())
                .as("a round for all accounts is readable by visitors, and so is its variants' sun").isEqualTo(200);
        assertThat(resident.get("/api/v1/variants/999999999/sunlight").status()).isEqualTo(404);
    }

    @Test
    void inARoundForTheConcernedOnlyTheyAndThePlanSideSeeTheSun() {
        long plan = twoVolumePlan();
        Http.Response created = login(PLANNER).post("/api/v1/plans/" + plan + "/rounds", roundBody("post", "concerned", true));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long round = open(created.json().get("id").asLong());
        long variant = savedId(login(OWNER), round, variant("Hoog", volume(0, 0, 3, 4, 12), ""));
        String path = "/api/v1/variants/" + variant + "/sunlight";
        assertThat(anonymous().get(path).status()).isEqualTo(401);
        assertThat(login(signUp("buiten", "RESIDENT")).get(path).status()).as("a resident not concerned").isEqualTo(403);
        assertThat(login(PLANNER).get(path).status()).isEqualTo(200);
    }
}
