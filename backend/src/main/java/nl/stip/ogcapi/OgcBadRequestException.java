package nl.stip.ogcapi;

/** A query parameter the API cannot accept: 400, naming the parameter and why. */
class OgcBadRequestException extends RuntimeException {

    private final String parameter;

    OgcBadRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
