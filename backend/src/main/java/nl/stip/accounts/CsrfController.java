package nl.stip.accounts;

import nl.stip.platform.web.SessionCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets the web app prime the XSRF-TOKEN cookie before its first POST (sign-up, login). */
@RestController
class CsrfController {

    record Csrf(String headerName, String parameterName, String token) {
    }

    @GetMapping(SessionCsrfTokenRepository.TOKEN_PATH)
    Csrf csrf(CsrfToken token) {
        return new Csrf(token.getHeaderName(), token.getParameterName(), token.getToken());
    }
}
