package nl.stip.viewport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Serves the viewer's settings as {@code /app/config.js}; a bad setting stops the start with a clear message. */
@RestController
class ViewerConfigController {

    private final String module;

    ViewerConfigController(@Value("${stip.viewer.base-layer.type:natural-earth}") String type,
                           @Value("${stip.viewer.base-layer.url:}") String url,
                           @Value("${stip.viewer.base-layer.credit:}") String credit,
                           @Value("${stip.viewer.base-layer.maximum-level:19}") int maximumLevel,
                           @Value("${stip.public-url:}") String publicUrl,
                           JsonMapper json) {
        this.module = new ViewerConfig(type, url, credit, maximumLevel, publicUrl).asModule(json);
    }

    @GetMapping(value = "/app/config.js", produces = "text/javascript")
    ResponseEntity<String> config() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(module);
    }
}
