package nl.stip.variants.internal;

import java.util.List;

import nl.stip.check.CheckResult;
import nl.stip.design.Design;
import nl.stip.variants.IndicatorValue;

/** A variant checked and measured, not yet stored. */
record Evaluation(Design design, List<PlacedObject> objects, CheckResult check, List<IndicatorValue> indicators,
                  List<IndicatorValue> original) {
}
