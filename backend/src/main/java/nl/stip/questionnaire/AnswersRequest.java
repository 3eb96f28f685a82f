package nl.stip.questionnaire;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.stip.design.Design;
import tools.jackson.databind.JsonNode;

/**
 * The answers to an activity's questions (question id to value: true/false, a number, one of a list's options, text,
 * or a date "2026-12-31"), and where: a design drawn in the viewer, a saved plan's design, or a point (RD New x/y or
 * WGS84 lon/lat). At most one of design and plan; a point only without them.
 */
@Schema(description = "Answers by question id, and optionally the design, plan or point they are about")
record AnswersRequest(Map<String, JsonNode> answers, Design design, Long plan, Double x, Double y, Double lon, Double lat) {
}
