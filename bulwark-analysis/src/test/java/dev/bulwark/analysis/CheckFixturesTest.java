package dev.bulwark.analysis;

import dev.bulwark.engine.CheckRegistry;
import dev.bulwark.testing.FixtureSuite;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture under {@code src/test/resources/checks/} through the production loader and
 * engine: each fail fixture must give exactly the findings its {@code # expect:} markers announce,
 * on those lines, and each pass fixture none. The fixture file is the whole inventory, so RBAC
 * fixtures carry their roles, bindings and workloads together.
 */
class CheckFixturesTest {

  @TestFactory
  Stream<DynamicNode> fixtures() {
    return FixtureSuite.tests(
        Path.of("src/test/resources/checks"), CheckRegistry.of(new AnalysisChecks().checks()));
  }
}
