package nl.stip.variants;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.TestGeometry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The planner's bounds: heights at the limit and just over, volumes that stay, the area; fixed once a variant is saved. */
class VariantBoundsIT extends VariantFixture {

    @Test
    void heights_at_the_limit_are_accepted_and_just_over_refused_naming_the_field_and_the_bound() {
        long plan = twoVolumePlan();
        long round = variantRound(plan);
        Http.Response set = login(PLANNER).put("/api/v1/rounds/" + round + "/variant-bounds", bounds("3", "9", "null", "1"));
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        Browser resident = resident();
        String second = volume(4, 0, 2, 2, 3);

        refused(resident.post("/api/v1/rounds/" + round + "/variants", variant("Hoger", volume(0, 0, 3, 4, 9.01) + "," + second, "")),
                400, "volumes[0].height", "Maximaal 9 m in deze ronde");
        refused(resident.post("/api/v1/rounds/" + round + "/variants", variant("Laag", volume(0, 0, 3, 4, 4) + "," + volume(4, 0, 2, 2, 2.99), "")),
                400, "volumes[1].height", "Minimaal 3 m in deze ronde");
        refused(resident.post("/api/v1/rounds/" + round + "/variants", variant("Zonder schuur", volume(0, 0, 3, 4, 4), "")),
                400, "volumes", "Bouwdeel 2 mag in deze ronde niet weg");
        assertThat(variants(round)).isZero();

        Http.Response atLimit = resident.post("/api/v1/rounds/" + round + "/variants", variant("Precies 9", volume(0, 0, 3, 4, 9.0) + "," + volume(4, 0, 2, 2, 3.0), ""));
        assertThat(atLimit.status()).as(atLimit.text()).isEqualTo(201);
        assertThat(variants(round)).isEqualTo(1);

        Http.Response again = login(PLANNER).put("/api/v1/rounds/" + round + "/variant-bounds", bounds("3", "12", "null", ""));
        refused(again, 409, null, "liggen nu vast");
        assertThat(login(PLANNER).get("/api/v1/rounds/" + round + "/variant-bounds").json().get("maxHeight").asDouble()).isEqualTo(9.0);
    }

    @Test
    void a_footprint_outside_the_area_is_refused_and_only_planners_set_bounds() {
        long plan = publishedPlan();
        long round = variantRound(plan);
        String area = TestGeometry.rect(garden.x, garden.y, 8, 8);
        refused(resident().put("/api/v1/rounds/" + round + "/variant-bounds", bounds("0", "9", area, "")), 403, null, "");
        assertThat(login(PLANNER).put("/api/v1/rounds/" + round + "/variant-bounds", bounds("0", "9", area, "")).status()).isEqualTo(200);
        refused(login(PLANNER).put("/api/v1/rounds/" + round + "/variant-bounds", bounds("0", "9", "null", "5")), 400, "keepVolumes[0]", "geen bouwdeel 5");

        Http.Response outside = resident().post("/api/v1/rounds/" + round + "/variants", variant("Verder weg", volume(6, 0, 3, 4, 4), ""));
        refused(outside, 400, "volumes[0].footprint", "binnen het gebied van deze ronde");
        Http.Response inside = resident().post("/api/v1/rounds/" + round + "/variants", variant("Binnen", volume(2.5, 0, 3, 4, 4), ""));
        assertThat(inside.status()).as(inside.text()).isEqualTo(201);

        Http.Response read = anonymous().get("/api/v1/rounds/" + round + "/variant-bounds");
        assertThat(read.status()).as(read.text()).isIn(200, 401);
        Http.Response mine = resident().get("/api/v1/rounds/" + round + "/variant-bounds");
        assertThat(mine.json().get("palette").size()).isEqualTo(9);
        assertThat(mine.json().get("area").get("type").asString()).isEqualTo("Polygon");
        assertThat(mine.json().get("objectArea")).as("objects lie in the planner's area").isEqualTo(mine.json().get("area"));
    }

    @Test
    void without_an_area_the_bounds_say_objects_lie_on_the_plans_parcels() {
        long round = variantRound(publishedPlan());
        JsonNode read = resident().get("/api/v1/rounds/" + round + "/variant-bounds").json();
        assertThat(read.get("area").isNull()).isTrue();
        JsonNode area = read.get("objectArea");
        assertThat(area.get("type").asString()).as(read.toString()).isIn("Polygon", "MultiPolygon");
        // A tree 200 m east of the garden is off the plan's parcels: refused, as the bounds told the viewer.
        refused(preview(resident(), round, variant("Boom", volume(0, 0, 3, 4, 4) + "," + volume(4, 0, 2, 2, 3),
                object("tree", 200, 0))), 400, "objects[0].position", "buiten het gebied van deze ronde");
        // A bench in the garden, clear of every building, is fine (no building there answered a 500 before).
        Http.Response bench = preview(resident(), round, variant("Bank",
                volume(0, 0, 3, 4, 4) + "," + volume(4, 0, 2, 2, 3), object("bench", 0, 0)));
        assertThat(bench.status()).as(bench.text()).isEqualTo(200);
    }
}
