package nl.stip.variants.internal;

import nl.stip.design.Design;
import nl.stip.design.DesignValidator;
import nl.stip.participation.RoundGate;
import nl.stip.platform.web.NotFoundException;
import nl.stip.sunlight.SunlightService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bezonningsstudie of a saved variant, for everyone who may read its round: so a neighbour can see that a lower
 * roof gives back an hour of sun. The variant's volumes only (palette objects such as trees cast no shadow in the
 * model, as the study says).
 */
@Component
class VariantSunlight {

    private final RoundGate gate;
    private final VariantStore store;
    private final DesignValidator validator;
    private final SunlightService sunlight;
    private final JsonMapper json;

    VariantSunlight(RoundGate gate, VariantStore store, DesignValidator validator, SunlightService sunlight, JsonMapper json) {
        this.gate = gate;
        this.store = store;
        this.validator = validator;
        this.sunlight = sunlight;
        this.json = json;
    }

    ResponseEntity<Object> of(Authentication who, long variantId, String format) {
        SunlightService.asksGeoJson(format);
        VariantStore.Row row = store.find(variantId).orElseThrow(() -> new NotFoundException("Deze variant bestaat niet."));
        gate.readable(row.roundId(), who);
        return sunlight.answer(validator.validate(json.readValue(row.design(), Design.class)), format);
    }
}
