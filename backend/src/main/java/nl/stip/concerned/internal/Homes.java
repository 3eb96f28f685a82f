package nl.stip.concerned.internal;

import nl.stip.platform.web.PublicUrl;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.stip.accounts.Mailer;
import nl.stip.addresses.AddressPlace;
import nl.stip.addresses.AddressQueries;
import nl.stip.addresses.AddressView;
import nl.stip.audit.AuditTrail;
import nl.stip.buildings.BuildingQueries;
import nl.stip.buildings.BuildingView;
import nl.stip.concerned.ConfirmedHome;
import nl.stip.concerned.HomeConfirmed;
import nl.stip.concerned.ResidentHomes;
import nl.stip.concerned.internal.ConcernedStore.HomeRow;
import nl.stip.concerned.internal.ConcernedViews.Home;
import nl.stip.concerned.internal.ConcernedViews.HomeChoice;
import nl.stip.geo.CrsTransform;
import nl.stip.geo.Rd;
import nl.stip.platform.Texts;
import nl.stip.platform.web.InvalidParameterException;
import org.locationtech.jts.geom.Coordinate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's home: chosen by pand, address (nummeraanduiding) or a clicked point, unconfirmed until the one-time
 * letter code comes back (or a verified OIDC address claim). Choosing makes a new code for the letter planners print
 * (in the demo the letter text is also mailed to the person). Only the person sees their home.
 */
@Service
class Homes implements ResidentHomes {

    private static final Logger LOG = LoggerFactory.getLogger(Homes.class);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy", Locale.forLanguageTag("nl")).withZone(ZoneId.of("Europe/Amsterdam"));

    private final ConcernedStore store;
    private final BuildingQueries buildings;
    private final AddressQueries addresses;
    private final AuditTrail audit;
    private final CodeThrottle throttle;
    private final Mailer mailer;
    private final Texts texts;
    private final ApplicationEventPublisher events;
    private final Duration codeValidity;
    private final boolean letterByMail;
    private final PublicUrl publicUrl;

    Homes(ConcernedStore store, BuildingQueries buildings, AddressQueries addresses, AuditTrail audit, CodeThrottle throttle, Mailer mailer,
          Texts texts, ApplicationEventPublisher events, @Value("${stip.concerned.code-validity:P30D}") Duration codeValidity,
          @Value("${stip.concerned.letter-by-mail:${stip.demo.load:false}}") boolean letterByMail,
          PublicUrl publicUrl) {
        this.store = store;
        this.buildings = buildings;
        this.addresses = addresses;
        this.audit = audit;
        this.throttle = throttle;
        this.mailer = mailer;
        this.texts = texts;
        this.events = events;
        this.codeValidity = codeValidity;
        this.letterByMail = letterByMail;
        this.publicUrl = publicUrl;
    }

    @Transactional(readOnly = true)
    Home get(String email) {
        return view(store.home(email).orElse(null));
    }

    /** Chooses (or changes) the caller's home: exactly one of pandId, addressId, point. */
    @Transactional
    Home choose(String email, HomeChoice body) {
        int given = body == null ? 0 : (body.pandId() != null ? 1 : 0) + (body.addressId() != null ? 1 : 0) + (body.point() != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidParameterException("home", "give exactly one of pandId, addressId (BAG nummeraanduiding) or point {lon, lat}");
        }
        String pand;
        String addressId = null;
        String label = null;
        double x;
        double y;
        if (body.addressId() != null) {
            String id = body.addressId().strip();
            if (!id.matches("[0-9]{16}")) {
                throw new InvalidParameterException("addressId", "addressId is a BAG nummeraanduiding: 16 digits");
            }
            AddressPlace place = addresses.place(id).orElseThrow(() -> new ConcernedProblem(HttpStatus.NOT_FOUND, "unknown-address", "addressId",
                    "There is no address " + id + " in this municipality's data."));
            if (place.pand() == null) {
                throw new ConcernedProblem(HttpStatus.BAD_REQUEST, "address-without-pand", "addressId",
                        "The data do not say in which building address " + id + " lies; choose the building on the map.");
            }
            pand = place.pand();
            addressId = id;
            label = place.address().label();
            x = place.x();
            y = place.y();
        } else {
            String pandId;
            if (body.pandId() != null) {
                pandId = body.pandId().strip();
                if (!pandId.matches("[0-9A-Za-z._-]{1,64}")) {
                    throw new InvalidParameterException("pandId", "pandId is a BAG pand identificatie");
                }
            } else {
                pandId = pandAt(body.point());
            }
            double[] point = buildings.pointOn(pandId).orElseThrow(() -> new ConcernedProblem(HttpStatus.NOT_FOUND, "unknown-pand", "pandId",
                    "There is no current building " + pandId + "."));
            pand = pandId;
            x = point[0];
            y = point[1];
            List<AddressView> known = addresses.ofPand(pandId);
            if (known.size() == 1) { // one address in the pand: that is the home's address
                addressId = known.get(0).identificatie();
                label = known.get(0).label();
            }
        }
        Optional<HomeRow> current = store.homeForUpdate(email);
        if (current.isPresent() && current.get().pandId().equals(pand) && java.util.Objects.equals(current.get().addressId(), addressId)
                && (current.get().confirmed() || (current.get().code() != null && current.get().codeExpiresAt().isAfter(Instant.now())))) {
            return view(current.get()); // the same home again: nothing changes, no new letter
        }
        String code = LetterCode.generate();
        Instant expires = Instant.now().plus(codeValidity);
        store.putHome(email, pand, addressId, label, x, y, code, LetterCode.hash(LetterCode.normalise(code)), expires);
        HomeRow row = store.home(email).orElseThrow();
        if (letterByMail) {
            Pdfs.Letter letter = letter(row);
            mailer.send(email, texts.get("concerned.letter.home.mail.subject"),
                    texts.get("concerned.letter.home.mail.intro") + letter.to() + "\n\n" + letter.body());
        }
        return view(row);
    }

    @Transactional
    void remove(String email) {
        store.deleteHome(email);
    }

    /** Confirms the caller's home with the letter code; wrong, reused or expired codes count towards the throttle. */
    @Transactional
    Home confirm(String email, String input) {
        throttle.check(email);
        if (input == null || input.isBlank()) {
            throw new InvalidParameterException("code", "give the code from the letter");
        }
        HomeRow home = store.homeForUpdate(email).orElseThrow(() -> new ConcernedProblem(HttpStatus.CONFLICT, "no-home", "code",
                "Choose your home first; the letter with the code goes to that address."));
        String code = LetterCode.normalise(input);
        if (code == null || !LetterCode.matches(code, home.codeHash())) {
            throttle.wrong(email);
            throw new ConcernedProblem(HttpStatus.BAD_REQUEST, "wrong-code", "code", "This is not the code of the letter to your home.");
        }
        if (home.confirmed()) {
            throttle.wrong(email);
            throw new ConcernedProblem(HttpStatus.GONE, "code-used", "code", "This code was used already: your home is confirmed.");
        }
        if (home.codeExpiresAt() == null || !home.codeExpiresAt().isAfter(Instant.now())) {
            throttle.wrong(email);
            throw new ConcernedProblem(HttpStatus.GONE, "code-expired", "code", "This code has expired: choose your home again for a new letter.");
        }
        store.confirm(home.id(), "letter-code");
        throttle.forget(email);
        audit.record(email, "home.confirmed", null, null, "by letter code");
        events.publishEvent(new HomeConfirmed(email, home.id(), "letter-code"));
        return view(store.home(email).orElseThrow());
    }

    /** A verified address claim from the OIDC gateway confirms the home at that address (chosen or not). */
    @Transactional
    void confirmByClaim(String email, String nummeraanduiding) {
        Optional<AddressPlace> place = addresses.place(nummeraanduiding);
        if (place.isEmpty() || place.get().pand() == null) {
            LOG.warn("OIDC address claim {} of {} names no known address in a building; the home stays as it was", nummeraanduiding, email);
            return;
        }
        Optional<HomeRow> current = store.homeForUpdate(email);
        if (current.isPresent() && current.get().confirmed() && nummeraanduiding.equals(current.get().addressId())) {
            return;
        }
        AddressPlace p = place.get();
        store.putHome(email, p.pand(), nummeraanduiding, p.address().label(), p.x(), p.y(), null, null, Instant.now());
        HomeRow row = store.home(email).orElseThrow();
        store.confirm(row.id(), "oidc-claim");
        audit.record(email, "home.confirmed", null, null, "by verified OIDC address claim");
        events.publishEvent(new HomeConfirmed(email, row.id(), "oidc-claim"));
    }

    /** The letters to print: one per unconfirmed home with a valid code (planners). */
    @Transactional(readOnly = true)
    byte[] lettersPdf() {
        List<Pdfs.Letter> letters = new ArrayList<>();
        for (HomeRow row : store.awaitingLetters(Instant.now())) {
            letters.add(letter(row));
        }
        return Pdfs.letters(letters, "Er zijn geen brieven te versturen: geen woning wacht op een code.");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ConfirmedHome> confirmedHome(String email) {
        return store.home(email).filter(HomeRow::confirmed)
                .map(h -> new ConfirmedHome(h.id(), h.pandId(), h.addressLabel(), h.x(), h.y()));
    }

    Optional<HomeRow> confirmedRow(String email) {
        return store.home(email).filter(HomeRow::confirmed);
    }

    static String place(HomeRow row) {
        return row.addressLabel() != null ? row.addressLabel() : "pand " + row.pandId();
    }

    private Pdfs.Letter letter(HomeRow row) {
        return new Pdfs.Letter(texts.get("concerned.letter.home.title"), texts.get("concerned.letter.home.to", place(row)),
                texts.get("concerned.letter.home.text", row.code(), publicUrl.base() + "/?home-code=" + row.code(), DATE.format(row.codeExpiresAt())));
    }

    private String pandAt(ConcernedViews.Point point) {
        if (point.lon() == null || point.lat() == null || !Double.isFinite(point.lon()) || !Double.isFinite(point.lat())
                || !Rd.AREA_OF_USE_WGS84.contains(point.lon(), point.lat())) {
            throw new InvalidParameterException("point", "point is {lon, lat} in WGS84 degrees, in the Netherlands");
        }
        Coordinate rd = CrsTransform.toRd(point.lon(), point.lat());
        List<BuildingView> here = buildings.at(rd.x, rd.y);
        if (here.isEmpty()) {
            throw new ConcernedProblem(HttpStatus.BAD_REQUEST, "no-building-here", "point", "There is no building at this point: click your house.");
        }
        return here.get(0).identificatie();
    }

    private static Home view(HomeRow row) {
        if (row == null) {
            return new Home("none", null, null, null, null, null, null, null, null, null, null);
        }
        Coordinate wgs = CrsTransform.toWgs84(row.x(), row.y());
        return new Home(row.confirmed() ? "confirmed" : "unconfirmed", row.id(), row.pandId(), row.addressId(), row.addressLabel(),
                wgs.x, wgs.y, row.chosenAt(), row.confirmed() ? null : row.codeExpiresAt(), row.confirmedAt(), row.confirmedVia());
    }
}
