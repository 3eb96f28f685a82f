package nl.stip.variants.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The indicator definitions, as the viewer explains them. */
@RestController
class IndicatorsController {

    private final Indicators indicators;

    IndicatorsController(Indicators indicators) {
        this.indicators = indicators;
    }

    @Operation(summary = "The indicators of variants: id, Dutch label, unit, explanation (anyone)")
    @GetMapping(value = "/api/v1/indicators", produces = "application/json")
    List<VariantViews.Definition> definitions() {
        return indicators.all().stream().map(i -> new VariantViews.Definition(i.id(), i.label(), i.unit(), i.explanation())).toList();
    }
}
