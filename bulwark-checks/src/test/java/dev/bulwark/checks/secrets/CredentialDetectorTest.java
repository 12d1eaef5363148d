package dev.bulwark.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.checks.secrets.CredentialDetector.Credential;
import dev.bulwark.checks.secrets.CredentialDetector.Format;
import dev.bulwark.checks.secrets.CredentialDetector.Match;
import dev.bulwark.checks.secrets.CredentialDetector.Reason;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The fake credentials below match the issuers' formats and are documented examples or made up. */
class CredentialDetectorTest {
  private static final CredentialDetector DETECTOR = CredentialDetector.defaults();

  static Stream<Arguments> knownFormats() {
    return Stream.of(
        Arguments.of("AKIAIOSFODNN7EXAMPLE", Format.AWS_ACCESS_KEY_ID),
        Arguments.of("key id ASIAIOSFODNN7EXAMPLE here", Format.AWS_ACCESS_KEY_ID),
        Arguments.of(
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            Format.AWS_SECRET_ACCESS_KEY),
        Arguments.of(
            "\"AwsSecretKey\": \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"",
            Format.AWS_SECRET_ACCESS_KEY),
        Arguments.of("ghp_EXAMPLE0example0EXAMPLE0example0EXAM", Format.GITHUB_TOKEN),
        Arguments.of("token: gho_EXAMPLE0example0EXAMPLE0example0EXAM", Format.GITHUB_TOKEN),
        Arguments.of("ghs_EXAMPLE0example0EXAMPLE0example0EXAM", Format.GITHUB_TOKEN),
        Arguments.of("ghu_EXAMPLE0example0EXAMPLE0example0EXAM", Format.GITHUB_TOKEN),
        Arguments.of(
            "github_pat_11EXAMPLE0example0EXAMPLE_0example0EXAMPLE0example0EXAMPLE",
            Format.GITHUB_TOKEN),
        Arguments.of("glpat-EXAMPLEexample000000", Format.GITLAB_TOKEN),
        Arguments.of("xoxb-000000000000-0000000000000-EXAMPLEexampleEXAMPLE00", Format.SLACK_TOKEN),
        Arguments.of("xoxp-0000000000-EXAMPLE", Format.SLACK_TOKEN),
        Arguments.of("sk_live_EXAMPLEexampleEXAMPLE000", Format.STRIPE_LIVE_KEY),
        Arguments.of("rk_live_EXAMPLEexampleEXAMPLE000", Format.STRIPE_LIVE_KEY),
        Arguments.of("AIzaSyEXAMPLE0example0EXAMPLE0example00", Format.GOOGLE_API_KEY),
        Arguments.of(
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAexampleEXAMPLEexample\n",
            Format.PRIVATE_KEY),
        Arguments.of(
            "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAexample",
            Format.PRIVATE_KEY),
        Arguments.of(
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
                + "Proc-Type: 4,ENCRYPTED\nMIIFHDBOBgkqhkiG9w0BBQ0wexample",
            Format.PRIVATE_KEY),
        Arguments.of(
            "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGexampleEXAMPLEexample0000",
            Format.PRIVATE_KEY),
        Arguments.of(
            "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJleGFtcGxlIn0"
                + ".bm90LWEtcmVhbC1zaWduYXR1cmU",
            Format.JWT),
        Arguments.of("postgres://shop:Sup3rS3cret@db.shop.svc:5432/shop", Format.URL_WITH_PASSWORD),
        Arguments.of("redis://:hunter22@redis:6379/0", Format.URL_WITH_PASSWORD),
        Arguments.of("amqp://guest:guest@rabbitmq", Format.URL_WITH_PASSWORD),
        Arguments.of(
            "jdbc:sqlserver://db:1433;databaseName=shop;user=sa;password=Sup3rS3cret",
            Format.PASSWORD_PARAMETER),
        Arguments.of(
            "mongodb://db/shop?authSource=admin&password=Sup3rS3cret", Format.PASSWORD_PARAMETER));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("knownFormats")
  void recognisesKnownFormats(String text, Format format) {
    assertThat(DETECTOR.findAll(text)).extracting(Match::format).contains(format);
  }

  /** Realistic values that are not credentials, none of which may match a known format. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "550e8400-e29b-41d4-a716-446655440000",
        "sha256:2a04e01f31a7e6601e33777190c78671969bb610e83da34d0c1e29d0addbb05d",
        "registry.example.com/shop/api:2.4.1@sha256:2a04e01f31a7e6601e33777190c78671969bb610e83da34d0c1e29d0addbb05d",
        "aGVsbG8gd29ybGQ=",
        "https://api.example.com:8443/v2/orders?region=eu",
        "https://public@sentry.example.com/42",
        "postgres://shop@db:5432/shop?sslmode=require",
        "postgres://shop:$(DB_PASSWORD)@db:5432/shop",
        "redis://:${REDIS_PASSWORD}@redis:6379",
        "mysql://root:<password>@db/shop",
        "amqp://user:{password}@rabbitmq",
        "http://user:****@proxy:3128",
        "git@github.com:example/repo.git",
        "v2.14.2-alpha.1+build.42",
        "1.27.3-gke.1200",
        "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUexampleEXAMPLE",
        "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgexample",
        "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
        "AKIAIOSFODNN7EXAMPLEX",
        "ghp_tooShort",
        "arn:aws:iam::123456789012:role/shop-api",
        "projects/shop/secrets/db-password/versions/latest",
        "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
        "password=${DB_PASSWORD}",
      })
  void ignoresRealisticNonSecrets(String text) {
    assertThat(DETECTOR.findAll(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // name and value -> reason, or NONE
        "DB_PASSWORD|hunter2|SECRET_NAME",
        "DATABASE_URL|postgres://shop:Sup3rS3cret@db/shop|KNOWN_FORMAT",
        "NOTES|see ghp_EXAMPLE0example0EXAMPLE0example0EXAM|KNOWN_FORMAT",
        "AWS_SECRET_ACCESS_KEY|wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY|KNOWN_FORMAT",
        "CACHE_KEY|Kx9mQ2vL8pR4tZ7wN3bF|RANDOM_VALUE_UNDER_HINTING_NAME",
        "SENTRY_DSN|d41d8cd98f00b204e9800998ecf8427e|RANDOM_VALUE_UNDER_HINTING_NAME",
        "CACHE_KEY|user-sessions-v2|NONE",
        "CACHE_KEY|ProductionCluster2024|NONE",
        "TENANT_KEY|550e8400-e29b-41d4-a716-446655440000|NONE",
        "API_URL|Kx9mQ2vL8pR4tZ7wN3bF|NONE",
        "BUILD_ID|Kx9mQ2vL8pR4tZ7wN3bF|NONE",
        "DB_PASSWORD|$(DB_PASSWORD_FROM_SECRET)|NONE",
        "DB_PASSWORD|<password>|NONE",
        "DB_PASSWORD_FILE|/run/secrets/db|NONE",
        "NOTE_ghp_EXAMPLE0example0EXAMPLE0example0EXAM|x|NONE",
      })
  void assessesNamedValues(String name, String value, String reason) {
    Optional<Credential> verdict = DETECTOR.assess(name, value);
    if (reason.equals("NONE")) {
      assertThat(verdict).isEmpty();
    } else {
      assertThat(verdict).map(Credential::reason).contains(Reason.valueOf(reason));
    }
  }

  @Test
  void describesWithoutTheValue() {
    assertThat(DETECTOR.assess("X", "ghp_EXAMPLE0example0EXAMPLE0example0EXAM"))
        .map(Credential::describe)
        .contains("what looks like a GitHub token");
    assertThat(DETECTOR.assess("DB_PASSWORD", "hunter2"))
        .map(Credential::describe)
        .contains("a literal value");
  }

  @Test
  void reportsWhereEachFormatStarts() {
    String text = "user=shop\ntoken=ghp_EXAMPLE0example0EXAMPLE0example0EXAM\nAKIAIOSFODNN7EXAMPLE";
    assertThat(DETECTOR.findAll(text))
        .extracting(Match::format, Match::start)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Format.GITHUB_TOKEN, 16),
            org.assertj.core.groups.Tuple.tuple(Format.AWS_ACCESS_KEY_ID, 57));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Kx9mQ2vL8pR4tZ7wN3bF",
    "tKs93hF0aPq8ZzW1",
    "d41d8cd98f00b204e9800998ecf8427e",
    "c2VjcmV0LXZhbHVlLTEyMw==",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
  })
  void randomLookingValues(String value) {
    assertThat(CredentialDetector.isRandom(value)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "0123456789abcdef",
    "abc123abc123abc123",
    "550e8400-e29b-41d4-a716-446655440000",
    "aGVsbG8gd29ybGQ=",
    "my-application-name-2024",
    "feature-flag-v2-enabled",
    "ProductionCluster2024",
    "averyverylongpasswordvalue",
    "ip-10-0-1-23.ec2.internal",
    "registry.example.com",
    "/var/lib/postgresql/data",
    "application/json",
    "v2.14.2-alpha.1+build.42",
    "sha256:2a04e01f31a7e6601e33777190c78671969bb610e83da34d0c1e29d0addbb05d",
    "short1A",
    "has blanks in it 12345 ABC"
  })
  void humanValues(String value) {
    assertThat(CredentialDetector.isRandom(value)).isFalse();
  }

  /**
   * Generated keys are caught at realistic lengths, whatever the alphabet; UUIDs never are. Seeded,
   * so a failure reproduces.
   */
  @Test
  void generatedKeysAreRandomAndUuidsAreNot() {
    Random random = new Random(20261130L);
    String alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    int samples = 2000;
    int missedAlphanumeric = 0;
    int missedBase64 = 0;
    int missedHex = 0;
    for (int i = 0; i < samples; i++) {
      int length = 24 + random.nextInt(41);
      StringBuilder key = new StringBuilder();
      StringBuilder hex = new StringBuilder();
      for (int j = 0; j < length; j++) {
        key.append(alphanumeric.charAt(random.nextInt(alphanumeric.length())));
      }
      for (int j = 0; j < 40; j++) {
        hex.append("0123456789abcdef".charAt(random.nextInt(16)));
      }
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      missedAlphanumeric += CredentialDetector.isRandom(key.toString()) ? 0 : 1;
      missedBase64 +=
          CredentialDetector.isRandom(Base64.getEncoder().encodeToString(bytes)) ? 0 : 1;
      missedHex += CredentialDetector.isRandom(hex.toString()) ? 0 : 1;
      assertThat(
              CredentialDetector.isRandom(
                  new UUID(random.nextLong(), random.nextLong()).toString()))
          .isFalse();
    }
    assertThat(List.of(missedAlphanumeric, missedBase64, missedHex))
        .allSatisfy(missed -> assertThat(missed).isLessThan(samples / 100));
  }

  @Test
  void entropyOfSimpleStrings() {
    assertThat(CredentialDetector.bitsPerChar("")).isZero();
    assertThat(CredentialDetector.bitsPerChar("aaaa")).isZero();
    assertThat(CredentialDetector.bitsPerChar("abab")).isEqualTo(1.0);
    assertThat(CredentialDetector.bitsPerChar("0123456789abcdef")).isEqualTo(4.0);
  }
}
