package nl.stip.sunlight.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The computed days of one study: their dates, Dutch labels ("21 maart") and sun steps. */
record SunDays(List<LocalDate> dates, List<List<SunStep>> steps) {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("nl-NL"));

    static SunDays of(int year, List<String> days, double latitude, double longitude, int stepMinutes, double minAltitude) {
        List<LocalDate> dates = days.stream().map(d -> LocalDate.parse(year + "-" + d)).sorted().toList();
        return new SunDays(dates, dates.stream()
                .map(d -> SunPath.day(d, latitude, longitude, stepMinutes, minAltitude)).toList());
    }

    int index(String monthDay) {
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).toString().endsWith("-" + monthDay)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a computed day: " + monthDay);
    }

    String label(int i) {
        return LABEL.format(dates.get(i));
    }
}
