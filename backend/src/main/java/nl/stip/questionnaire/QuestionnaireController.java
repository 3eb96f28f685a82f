package nl.stip.questionnaire;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import nl.stip.lookup.LookupPoint;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.rules.ProcedureService;
import nl.stip.rules.dmn.DmnDecisions;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The questionnaire of an activity's toepasbare regels, as the national Vergunningcheck asks it, pre-filled where Stip knows. */
@RestController
class QuestionnaireController {

    private final QuestionnaireService questionnaires;
    private final ProcedureService procedures;

    QuestionnaireController(QuestionnaireService questionnaires, ProcedureService procedures) {
        this.questionnaires = questionnaires;
        this.procedures = procedures;
    }

    /** An activity in the list: key, label, the file it comes from and how many questions it asks. */
    record ActivitySummary(String key, String label, String source, int questions) {
    }

    @Operation(summary = "The activities of the toepasbare regels, with the file each comes from")
    @GetMapping(value = "/api/v1/activities", produces = "application/json")
    List<ActivitySummary> activities() {
        return procedures.activityKeys().stream().map(key -> procedures.activity(key).orElseThrow())
                .map(a -> new ActivitySummary(a.key(), a.label(), a.file(), a.questions().size())).toList();
    }

    @Operation(summary = "An activity's questions, pre-filled from a saved plan's design or a point where Stip knows the answer",
            description = "Give plan (a plan you may see), or x/y (RD New) or lon/lat (WGS84), or nothing. Each question has the "
                    + "file's own text and type; a value Stip filled in is marked prefilled with where it came from. The conclusion "
                    + "is 'nog-niet-te-bepalen' with the open questions until every question has a value. Unknown activity: 404.")
    @GetMapping(value = "/api/v1/activities/{key}/questions", produces = "application/json")
    Questionnaire questions(@PathVariable String key,
                            @Parameter(description = "id of a plan whose current design fills in the answers") @RequestParam(required = false) String plan,
                            @RequestParam(required = false) String x, @RequestParam(required = false) String y,
                            @RequestParam(required = false) String lon, @RequestParam(required = false) String lat,
                            Authentication who) {
        questionnaires.activity(key);
        QuestionnaireService.Place place;
        if (plan != null) {
            if (x != null || y != null || lon != null || lat != null) {
                throw new InvalidParameterException("plan", "Give either plan or a point, not both.");
            }
            place = questionnaires.ofPlan(who, planId(plan), key);
        } else if (x != null || y != null || lon != null || lat != null) {
            place = questionnaires.at(LookupPoint.parse(lon, lat, x, y));
        } else {
            place = QuestionnaireService.Place.NOWHERE;
        }
        return questionnaires.questionnaire(key, place, Map.of());
    }

    @Operation(summary = "Answer an activity's questions: the conclusion, or 'nog-niet-te-bepalen' with what is still open",
            description = "Answers by question id, typed as the question says (true/false, a number 0 to 1,000,000, one of the "
                    + "options, text, YYYY-MM-DD). A value of the wrong type or out of range, or a question the activity does not "
                    + "ask, is 400 naming it in 'parameter' (answers.<id>) and 'question'. Optionally a design, a plan or a point "
                    + "fills in what Stip knows; an answer overrules a filled-in value. Stores nothing.")
    @PostMapping(value = "/api/v1/activities/{key}/answers", produces = "application/json")
    Questionnaire answers(@PathVariable String key, @RequestBody(required = false) AnswersRequest request, Authentication who) {
        DmnDecisions.Activity activity = questionnaires.activity(key);
        if (request == null) {
            throw new InvalidParameterException("body", "Send a JSON object with answers (question id to value).");
        }
        Map<String, Object> answers = AnswerReader.read(activity, request.answers());
        boolean point = request.x() != null || request.y() != null || request.lon() != null || request.lat() != null;
        if (request.design() != null && request.plan() != null) {
            throw new InvalidParameterException("plan", "Give either design or plan, not both.");
        }
        if ((request.design() != null || request.plan() != null) && point) {
            throw new InvalidParameterException(request.x() != null || request.y() != null ? "x" : "lon",
                    "A point only without design or plan: the design says where it is.");
        }
        QuestionnaireService.Place place = request.design() != null ? questionnaires.of(request.design(), key)
                : request.plan() != null ? questionnaires.ofPlan(who, request.plan(), key)
                : point ? questionnaires.at(LookupPoint.parse(text(request.lon()), text(request.lat()), text(request.x()), text(request.y())))
                : QuestionnaireService.Place.NOWHERE;
        return questionnaires.questionnaire(key, place, answers);
    }

    private static String text(Double value) {
        return value == null ? null : value.toString();
    }

    private static long planId(String plan) {
        try {
            return Long.parseLong(plan.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("plan", "'" + plan + "' is not a plan id");
        }
    }
}
