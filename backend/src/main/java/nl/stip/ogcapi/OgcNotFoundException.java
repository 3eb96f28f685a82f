package nl.stip.ogcapi;

/** A collection or feature that does not exist: 404. */
class OgcNotFoundException extends RuntimeException {

    OgcNotFoundException(String message) {
        super(message);
    }
}
