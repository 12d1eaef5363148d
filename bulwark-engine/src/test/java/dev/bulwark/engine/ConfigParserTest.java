package dev.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Location;
import dev.bulwark.api.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ConfigParserTest {
  private static final CheckRegistry REGISTRY =
      CheckRegistry.of(List.of(new SampleChecks.BadFlag(), new SampleChecks.CountsPods()));
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static ConfigParser.Result parse(String json) {
    return ConfigParser.parse(JSON.readTree(json), REGISTRY, p -> new Location(".bulwark.yaml", 1, 1 + p.tokens().size()));
  }

  @Test
  void fullConfigParses() {
    ConfigParser.Result r =
        parse(
            "{\"checks\":{\"disable\":[\"counts-pods\"],\"severity\":{\"bad-flag\":\"critical\"},"
                + "\"parameters\":{\"bad-flag\":{\"word\":[\"very\",\"bad\"]}}},"
                + "\"exemptions\":[{\"checks\":[\"bad-flag\"],\"namespaces\":[\"kube-system\"],\"names\":[\"a*\"],"
                + "\"kinds\":\"Pod\",\"labels\":{\"app\":\"x\"},\"reason\":\"why\",\"expires\":\"2027-01-31\"}]}");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.config().runs("counts-pods", true)).isFalse();
    assertThat(r.config().runs("bad-flag", true)).isTrue();
    assertThat(r.config().severities()).containsEntry("bad-flag", Severity.CRITICAL);
    assertThat(r.config().parameter("bad-flag", "word")).isEqualTo("very,bad");
    Exemption e = r.config().exemptions().get(0);
    assertThat(e.kinds()).containsExactly("Pod");
    assertThat(e.expires()).hasToString("2027-01-31");
  }

  @Test
  void emptyConfigIsTheDefault() {
    assertThat(parse("null").config()).isEqualTo(EngineConfig.DEFAULT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"check\":{}}                                        | unknown key 'check'",
        "{\"checks\":{\"disable\":[\"nope\"]}}                 | unknown check 'nope'",
        "{\"checks\":{\"severity\":{\"bad-flag\":\"severe\"}}} | unknown severity 'severe'",
        "{\"checks\":{\"parameters\":{\"bad-flag\":{\"x\":1}}}} | has no parameter 'x' (it has: word)",
        "{\"exemptions\":[{\"checks\":[\"bad-flag\"]}]}         | has no 'reason'",
        "{\"exemptions\":[{\"reason\":\"r\"}]}                  | names no check",
        "{\"exemptions\":[{\"checks\":\"*\",\"reason\":\"r\",\"expires\":\"soon\"}]} | 'expires' must be a date",
        "{\"exemptions\":{}}                                   | must be a list",
        "[1]                                                   | must be a mapping",
      })
  void mistakesAreErrorsWithALocation(String json, String message) {
    ConfigParser.Result r = parse(json);
    assertThat(r.diagnostics()).anySatisfy(d -> {
      assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
      assertThat(d.message()).contains(message);
      assertThat(d.location().file()).isEqualTo(".bulwark.yaml");
    });
  }

  @Test
  void invalidExemptionIsDroppedButTheRestApplies() {
    ConfigParser.Result r =
        parse("{\"checks\":{\"disable\":[\"counts-pods\"]},\"exemptions\":[{\"checks\":[\"bad-flag\"]}]}");
    assertThat(r.config().exemptions()).isEmpty();
    assertThat(r.config().runs("counts-pods", true)).isFalse();
  }
}
