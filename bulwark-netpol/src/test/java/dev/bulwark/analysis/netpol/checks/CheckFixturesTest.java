package dev.bulwark.analysis.netpol.checks;

import dev.bulwark.engine.CheckRegistry;
import dev.bulwark.testing.FixtureSuite;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture under {@code src/test/resources/checks/} through the real loader and engine:
 * fail fixtures give exactly the findings their {@code # expect:} markers announce, pass fixtures
 * none; every NetworkPolicy check has both.
 */
class CheckFixturesTest {

  @TestFactory
  Stream<DynamicNode> fixtures() {
    return FixtureSuite.tests(Path.of("src/test/resources/checks"), CheckRegistry.discover());
  }
}
