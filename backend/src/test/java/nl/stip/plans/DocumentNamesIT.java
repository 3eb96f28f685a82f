package nl.stip.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A document downloads under a name whose extension is the type read from its content, as an attachment. */
class DocumentNamesIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    private long planId;

    @AfterEach
    void deleteThePlan() {
        jdbc.sql("DELETE FROM plan WHERE id = ?").param(planId).update();
    }

    @Test
    void aPdfSentAsHtmlDownloadsAsPdf() {
        Browser owner = new Browser(port).loggedInAs(PlansIT.OWNER, PlansIT.PASSWORD);
        Http.Response created = owner.post("/api/v1/plans",
                "{\"title\":\"Dakkapel\",\"description\":\"\",\"activity\":\"dakkapel\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        planId = created.json().get("id").asLong();
        String plan = "/api/v1/plans/" + planId;
        byte[] pdf = "%PDF-1.7\n<html><script>alert(1)</script></html>\n".getBytes(StandardCharsets.US_ASCII);

        Http.Response added = owner.sendBytes("POST", plan + "/documents", PlansIT.multipart("poly.html", "text/html", pdf),
                "multipart/form-data; boundary=XyZ");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.json().get("filename").asString()).isEqualTo("poly.html.pdf");

        Http.Response download = owner.get(plan + "/documents/" + added.json().get("id").asLong());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("filename=\"poly.html.pdf\"")
                .doesNotContain("filename=\"poly.html\"");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");

        assertThat(Documents.safeFilename("foto.JPEG", "image/jpeg")).isEqualTo("foto.JPEG");
        assertThat(Documents.safeFilename("foto.png", "image/jpeg")).isEqualTo("foto.png.jpg");
        assertThat(Documents.safeFilename("model", "model/gltf-binary")).isEqualTo("model.glb");
        assertThat(Documents.safeFilename("x".repeat(300) + ".svg", "application/pdf")).hasSize(100).endsWith(".svg.pdf");
    }
}
