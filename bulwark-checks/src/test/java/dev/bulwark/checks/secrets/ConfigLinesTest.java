package dev.bulwark.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.checks.secrets.ConfigLines.Setting;
import org.junit.jupiter.api.Test;

class ConfigLinesTest {

  @Test
  void readsSettingsOfCommonFormats() {
    String text =
        """
        # a comment
        db.password=secret1
        export API_TOKEN="secret 2"
        password: 'secret3' # trailing comment
          "apiKey": "secret4",
        <password>secret5</password>
        token = secret6
        - name: x
        nested: {a: b}
        list: [1, 2]
        ; ini comment
        // js comment
        ! properties comment
        plain text line
        """;
    assertThat(ConfigLines.settings(text))
        .containsExactly(
            new Setting("db.password", "secret1", 2),
            new Setting("API_TOKEN", "secret 2", 3),
            new Setting("password", "secret3", 4),
            new Setting("apiKey", "secret4", 5),
            new Setting("password", "secret5", 6),
            new Setting("token", "secret6", 7),
            new Setting("name", "x", 8));
  }

  @Test
  void keepsHashesInsideValues() {
    assertThat(ConfigLines.settings("password=ab#cd\nurl=http://x/#frag"))
        .containsExactly(
            new Setting("password", "ab#cd", 1), new Setting("url", "http://x/#frag", 2));
  }
}
