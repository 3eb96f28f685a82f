package nl.stip.questionnaire;

import nl.stip.platform.web.SecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone may read an activity's questions and answer them, as anyone may look up a place: the questionnaire stores
 * nothing and shows nothing private (a plan's design only to those who may see the plan). Answers are a POST with the
 * CSRF token, like every POST (GET /api/v1/auth/csrf gives an anonymous visitor one).
 */
@Component
class QuestionnaireSecurity implements SecurityContribution {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.GET, "/api/v1/activities", "/api/v1/activities/*/questions").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/activities/*/answers").permitAll();
    }
}
