package nl.stip.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.TestGeometry;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import tools.jackson.databind.JsonNode;

/**
 * Palette objects of a variant (issue 12): an object inside the round's area and clear of every building is saved with
 * its footprint; one on an existing building, outside the area, or of a kind not in the palette is refused naming the
 * object, and nothing is stored. A variant started from the plan has no basedOn; a new version names its base.
 */
class VariantObjectsIT extends VariantFixture {

    @Test
    void a_tree_clear_of_all_buildings_is_saved_and_one_on_a_building_outside_the_area_or_unknown_is_refused() {
        long round = variantRound(twoVolumePlan());
        Coordinate house = onTheHouse();
        // The round's area: a square around the garden that also holds the demo house.
        double side = 2 * (Math.max(Math.abs(house.x - garden.x), Math.abs(house.y - garden.y)) + 12);
        setBounds(round, bounds("0", "9", TestGeometry.rect(garden.x, garden.y, side, side), ""));
        // A tree (4 × 4 m) at least 6 m from the garden's centre (off the design's volumes) and 0.5 m clear of any building.
        List<double[]> spots = clearSpots(1, 2.9, 6, 1);
        assertThat(spots).as("a clear spot for a tree near the garden").hasSize(1);
        double[] free = spots.get(0);
        String volumes = volume(0, 0, 3, 4, 4) + "," + volume(4, 0, 2, 2, 3);
        Browser resident = resident();

        // No building under any object: the buildings' aggregate is SQL NULL, which once answered 500.
        Http.Response preview = preview(resident, round,
                variant("Met boom", volumes, object("tree", free[0], free[1])));
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(indicator(preview.json().get("indicators"), "trees")).isEqualTo(1.0);

        Http.Response saved = resident.post("/api/v1/rounds/" + round + "/variants", variant("Met boom", volumes, object("tree", free[0], free[1])));
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        JsonNode tree = saved.json().get("objects").get(0);
        assertThat(tree.get("kind").asString()).isEqualTo("tree");
        assertThat(tree.get("label").asString()).isEqualTo("Boom");
        assertThat(tree.get("footprint").get("type").asString()).isEqualTo("Polygon");
        assertThat(tree.get("height").asDouble()).isEqualTo(6.0);
        assertThat(tree.get("baseHeight").asDouble()).isEqualTo(0.0);
        assertThat(indicator(saved.json().get("indicators"), "trees")).isEqualTo(1.0);
        assertThat(indicator(saved.json().get("indicators"), "green-area")).isEqualTo(16.0);
        long id = saved.json().get("id").asLong();
        JsonNode read = anonymous().get("/api/v1/variants/" + id).json();
        assertThat(read.get("objects")).hasSize(1);
        assertThat(read.get("objects").get(0).get("kind").asString()).isEqualTo("tree");
        assertThat(variants(round)).isEqualTo(1);

        // On the demo house; the second object is the one named.
        String onHouse = object("bench", free[0], free[1]) + "," + object("tree", house.x, house.y, true);
        refused(resident.post("/api/v1/rounds/" + round + "/variants", variant("Boom op het huis", volumes, onHouse)),
                400, "objects[1].position", "Boom staat op een bestaand gebouw");
        // (as the plan's owner: the preview limit counts per person)
        refused(preview(login(OWNER), round, variant("Boom op het huis", volumes, onHouse)),
                400, "objects[1].position", "Boom staat op een bestaand gebouw");
        // Outside the round's area (100 m beyond its edge).
        refused(resident.post("/api/v1/rounds/" + round + "/variants", variant("Verre boom", volumes, object("tree", side / 2 + 100, 0))),
                400, "objects[0].position", "Boom ligt buiten het gebied van deze ronde");
        // Not in the palette.
        refused(resident.post("/api/v1/rounds/" + round + "/variants", variant("Vijver", volumes, object("pond", free[0], free[1]))),
                400, "objects[0].kind", "'pond' staat niet in het palet");
        assertThat(variants(round)).as("nothing stored by a refused variant").isEqualTo(1);
    }

    @Test
    void a_green_roof_stands_on_a_volume_and_off_every_roof_it_is_refused() {
        long round = variantRound(twoVolumePlan());
        String volumes = volume(0, 0, 6, 6, 4) + "," + volume(4, 0, 2, 2, 3);
        Browser resident = resident();
        // The first volume covers 6 × 6 m around the garden's centre: a 5 × 5 m green roof at the centre lies on it, at 4 m.
        Http.Response onRoof = preview(resident, round, variant("Groen dak", volumes, object("green-roof", 0, 0)));
        assertThat(onRoof.status()).as(onRoof.text()).isEqualTo(200);
        assertThat(onRoof.json().get("objects").get(0).get("baseHeight").asDouble()).isEqualTo(4.0);
        assertThat(indicator(onRoof.json().get("indicators"), "green-area")).isEqualTo(25.0);
        refused(preview(login(OWNER), round, variant("Groen dak ernaast", volumes, object("green-roof", 20, 20))),
                400, "objects[0].position", "Groen dak hoort op het dak van een bouwdeel");
    }

    @Test
    void a_variant_from_the_plan_has_no_basedOn_and_a_new_version_names_its_base() {
        long round = variantRound(twoVolumePlan());
        String volumes = volume(0, 0, 3, 4, 4) + "," + volume(4, 0, 2, 2, 3);
        Http.Response first = resident().post("/api/v1/rounds/" + round + "/variants", variant("Vanaf het plan", volumes, ""));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.json().get("basedOn").isNull()).as("started from the plan: " + first.text()).isTrue();
        long id = first.json().get("id").asLong();
        assertThat(anonymous().get("/api/v1/variants/" + id).json().get("basedOn").isNull()).isTrue();
        assertThat(anonymous().get("/api/v1/rounds/" + round + "/variants").json().get(0).get("basedOn").isNull()).isTrue();

        Http.Response second = resident().post("/api/v1/rounds/" + round + "/variants", basedOn(id, variant("Vanaf het plan", volumes, "")));
        assertThat(second.status()).as(second.text()).isEqualTo(201);
        assertThat(second.json().get("basedOn").asLong()).isEqualTo(id);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
    }
}
